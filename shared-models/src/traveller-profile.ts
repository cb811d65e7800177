import { z } from 'zod';

import { TravellerDraft } from './crossing-declaration';
import { todayInTimeZone } from './date-only';
import { ExpectedVersion } from './officer-decision';
import { Traveller } from './traveller';

/** Maximum number of travellers one applicant may save: enough for a family and a work crew. */
export const MAX_TRAVELLER_PROFILES = 20;

/**
 * A traveller saved on the applicant's account, to fill declarations in a few taps. It takes
 * every field and rule of a declaration's traveller, so fields added there are saved too. The
 * traveller's id is dropped, because it only identifies a person within one declaration, and by
 * a transform, because zod 4 throws on `.omit()` of an object schema with refinements.
 * A date of birth cannot be in the future (local day in Asia/Ho_Chi_Minh). An expired document
 * is accepted, because the declaration that uses the profile flags it against the crossing date.
 */
export const TravellerProfileInput = Traveller.superRefine((traveller, context) => {
  if (traveller.dateOfBirth > todayInTimeZone()) {
    context.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'dateInFuture' });
  }
}).transform(({ id: _id, ...traveller }) => traveller);
export type TravellerProfileInput = z.infer<typeof TravellerProfileInput>;

/** Body of `PUT /api/applicant/traveller-profiles/:id`: the version last read, and the new fields. */
export const TravellerProfileUpdate = z.object({
  version: ExpectedVersion,
  traveller: TravellerProfileInput,
});
export type TravellerProfileUpdate = z.infer<typeof TravellerProfileUpdate>;

/** Query of `DELETE /api/applicant/traveller-profiles/:id`: the version last read. */
export const TravellerProfileDeletion = z.object({
  version: z.coerce.number({ error: 'required' }).pipe(ExpectedVersion),
});
export type TravellerProfileDeletion = z.infer<typeof TravellerProfileDeletion>;

/**
 * A saved traveller as the API returns it to its owner. `traveller` is read with the draft
 * schema, because a profile saved before a field was added to travellers lacks that field.
 * Timestamps are ISO 8601 in UTC.
 */
export const TravellerProfileView = z.object({
  id: z.string(),
  version: z.number().int(),
  traveller: TravellerDraft,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TravellerProfileView = z.infer<typeof TravellerProfileView>;
