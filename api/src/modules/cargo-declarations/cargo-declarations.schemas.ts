import { CargoDeclarationDraft, SubmissionRequest } from '@smartgate/shared-models';
import { z } from 'zod';

/** Body of `PUT …/cargo-declarations/:id`: the version the form was loaded at, and the new draft. */
export const CargoDraftUpdateRequest = z.object({
  version: SubmissionRequest.shape.version,
  data: CargoDeclarationDraft,
});
export type CargoDraftUpdateRequest = z.infer<typeof CargoDraftUpdateRequest>;
