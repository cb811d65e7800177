import { z } from 'zod';

import { EmailAddress } from './applicant-account';
import { CrossingDeclarationDraft } from './crossing-declaration';
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
 * A declaration that an officer files at the gate's counter for travellers who arrived without
 * one: the fields of a crossing declaration, which the API checks as the portal's submission
 * does, plus the e-mail address and language that the traveller may leave for the notices.
 */
export const AssistedFilingRequest = CrossingDeclarationDraft.extend({
  email: z.preprocess(blankAsAbsent, EmailAddress.optional()),
  preferredLanguage: z.preprocess(blankAsAbsent, Language.optional()),
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
