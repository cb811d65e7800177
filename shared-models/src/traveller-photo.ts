import { z } from 'zod';

/** Largest portrait photo file accepted, in bytes (5 MB). The API stops reading an upload past it. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Media types of accepted portrait photos. The API judges the type by the file's content, not its name. */
export const PHOTO_MEDIA_TYPES: readonly string[] = ['image/jpeg', 'image/png'];

/** Name of the multipart/form-data field that carries the photo file. */
export const PHOTO_FIELD_NAME = 'photo';

/** Smallest photo accepted, in pixels after rotation: enough to recognise a face at the gate. */
export const MIN_PHOTO_SIZE = { width: 300, height: 400 } as const;

/** Whether one traveller of a declaration has a portrait photo. The image itself has its own endpoint. */
export const TravellerPhotoStatus = z.object({
  /** Position of the traveller in the declaration: 0 is the lead traveller. */
  position: z.number().int(),
  /** The traveller's id, which the photo follows when companions are removed or reordered. */
  travellerId: z.string(),
  hasPhoto: z.boolean(),
  /** Name of the uploaded file, stripped of folders and control characters. Show it as text only. */
  originalName: z.string().nullable(),
  /** When the current photo was uploaded, ISO 8601 in UTC; null without a photo. */
  uploadedAt: z.string().nullable(),
});
export type TravellerPhotoStatus = z.infer<typeof TravellerPhotoStatus>;
