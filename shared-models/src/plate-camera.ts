import { z } from 'zod';

import { GateCodeField } from './gate-lane';
import { optionalText, requiredText } from './text';

/** An administrator's request for a new licence-plate camera and its API key. */
export const PlateCameraCreation = z.object({
  cameraName: requiredText(100),
  gateCode: GateCodeField,
  laneCode: optionalText(10),
});
export type PlateCameraCreation = z.infer<typeof PlateCameraCreation>;

/** A licence-plate camera as administrators see it. The key itself is never shown again after issue. */
export const PlateCameraView = z.object({
  id: z.string(),
  cameraName: z.string(),
  gateCode: z.string(),
  laneCode: z.string().nullable(),
  /** The first characters of the key, so an administrator can tell which key a device holds. */
  keyPrefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastReadAt: z.string().nullable(),
});
export type PlateCameraView = z.infer<typeof PlateCameraView>;

/** A new camera with its API key, returned once at issue. */
export const IssuedPlateCamera = z.object({ camera: PlateCameraView, apiKey: z.string() });
export type IssuedPlateCamera = z.infer<typeof IssuedPlateCamera>;
