import { CrossingDeclarationDraft, SubmissionRequest } from '@smartgate/shared-models';
import { z } from 'zod';

/** Body of `PUT /api/applicant/declarations/:id`: the version the form was loaded at, and the new draft. */
export const DraftUpdateRequest = z.object({
  version: SubmissionRequest.shape.version,
  data: CrossingDeclarationDraft,
});
export type DraftUpdateRequest = z.infer<typeof DraftUpdateRequest>;

/** A declaration id in a path. Anything that is not a UUID cannot name a declaration, so it reads as not found. */
export const DeclarationId = z.uuid();
