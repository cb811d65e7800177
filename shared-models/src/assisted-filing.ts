import { z } from 'zod';

import { EmailAddress } from './applicant-account';
import { CrossingDeclarationDraft, MAX_TRAVELLERS } from './crossing-declaration';
import { DeclarationStatus } from './declaration-status';
import { ResultView } from './declaration-view';
import { Language } from './language';

/**
 * Header that carries the back office's key of one filing at the counter, a UUID. A second
 * request with the same key from the same officer returns the first declaration.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** The idempotency key of a filing: a UUID that the back office makes for each new filing. */
export const IdempotencyKey = z.uuid({ error: 'invalid' });

/** Turns a blank form field into "absent". */
function blankAsAbsent(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/**
 * A portrait taken or chosen at the counter, uploaded before the filing (see
 * `CounterPhotoUpload`), for the traveller at `position`. The filing attaches it in its own
 * transaction, before any approval, so the result PDF is rendered with it.
 */
export const CounterPhotoRef = z.object({
  position: z
    .number({ error: 'invalidNumber' })
    .int({ error: 'invalidNumber' })
    .min(0)
    .max(MAX_TRAVELLERS - 1),
  uploadId: z.uuid({ error: 'invalid' }),
});
export type CounterPhotoRef = z.infer<typeof CounterPhotoRef>;

/** The portraits of a counter filing, at most one per traveller. */
export const CounterPhotoRefs = z
  .array(CounterPhotoRef)
  .max(MAX_TRAVELLERS, { error: 'tooManyTravellers' })
  .default([])
  .superRefine((photos, context) => {
    const positions = new Set<number>();
    photos.forEach((photo, index) => {
      if (positions.has(photo.position)) {
        context.addIssue({ code: 'custom', path: [index, 'position'], message: 'invalid' });
      }
      positions.add(photo.position);
    });
  });

/** The fields that every counter filing adds to the declaration: the contact for the notices and the portraits. */
export const counterFilingFields = {
  email: z.preprocess(blankAsAbsent, EmailAddress.optional()),
  preferredLanguage: z.preprocess(blankAsAbsent, Language.optional()),
  photos: CounterPhotoRefs,
};

/**
 * A declaration that an officer files at the gate's counter for travellers who arrived without
 * one: the fields of a crossing declaration, which the API checks as the portal's submission
 * does, plus the e-mail address and language that the traveller may leave for the notices and
 * the portraits taken at the counter. `kind` may be left out; `cargo` is `AssistedCargoFilingRequest`.
 */
export const AssistedFilingRequest = CrossingDeclarationDraft.extend({
  kind: z.literal('travel', { error: 'invalidOption' }).optional(),
  ...counterFilingFields,
});
export type AssistedFilingRequest = z.infer<typeof AssistedFilingRequest>;

/** The state of a filing that the counter screen polls until the result PDF can be printed. Nothing personal. */
export const AssistedFilingStatus = z.object({
  declarationId: z.string(),
  referenceCode: z.string().nullable(),
  status: DeclarationStatus,
  result: ResultView.nullable(),
});
export type AssistedFilingStatus = z.infer<typeof AssistedFilingStatus>;

/** Reply to a portrait uploaded at the counter: the id that the filing names it by. Nothing personal. */
export const CounterPhotoUpload = z.object({
  uploadId: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});
export type CounterPhotoUpload = z.infer<typeof CounterPhotoUpload>;
