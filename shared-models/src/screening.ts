import { z } from 'zod';

import { ExpectedVersion } from './officer-decision';
import { WatchlistMatchKind } from './watchlist';

/**
 * Kinds of screening flag, computed on the server and shown to officers only:
 * - `watchlist`: a document number, plate or folded name matches an active watchlist entry;
 * - `document_expired`: a traveller's document expires before the planned crossing day;
 * - `document_expires_in_validity`: it expires before the last day of the result's validity;
 * - `attachment_missing`: a cargo declaration lacks an attachment its goods or direction require;
 * - `goods_prohibited`, `goods_licence_required`: a goods line's HS code is controlled;
 * - `earlier_rejection`: the same document number or plate was on a rejected declaration.
 */
export const SCREENING_FLAG_KINDS = [
  'watchlist',
  'document_expired',
  'document_expires_in_validity',
  'attachment_missing',
  'goods_prohibited',
  'goods_licence_required',
  'earlier_rejection',
] as const;
export const ScreeningFlagKind = z.enum(SCREENING_FLAG_KINDS);
export type ScreeningFlagKind = z.infer<typeof ScreeningFlagKind>;

/** Part of the declaration that a flag concerns. */
export const ScreeningSubject = z.enum([
  'documentNumber',
  'fullName',
  'vehiclePlate',
  'trailerPlate',
  'goodsLine',
  'attachment',
]);
export type ScreeningSubject = z.infer<typeof ScreeningSubject>;

/** One screening flag beside the data it concerns. */
export const ScreeningFlag = z.object({
  kind: ScreeningFlagKind,
  subject: ScreeningSubject,
  /** The traveller's position (0 is the lead or the driver), or null for the vehicle, goods and attachments. */
  travellerPosition: z.number().int().nullable(),
  /** The goods line's position, for HS code flags. */
  goodsLinePosition: z.number().int().nullable(),
  /** The declaration's value that matched: a document number, plate, name, HS code or attachment type. */
  value: z.string(),
  /** The entry that matched, for `watchlist` flags. */
  watchlistEntry: z
    .object({ id: z.string(), matchKind: WatchlistMatchKind, reason: z.string(), expiresAt: z.string() })
    .nullable(),
  /** The earlier rejected declaration, for `earlier_rejection` flags. */
  rejection: z
    .object({
      declarationId: z.string(),
      referenceCode: z.string().nullable(),
      decidedAt: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
  /** The document's expiry date and the day it had to last until, for document flags (`YYYY-MM-DD`). */
  expiry: z.object({ expiresOn: z.string(), neededUntil: z.string() }).nullable(),
});
export type ScreeningFlag = z.infer<typeof ScreeningFlag>;

/** The screening of one declaration. `clean` is true when no flag was raised. */
export const DeclarationScreening = z.object({
  declarationId: z.string(),
  clean: z.boolean(),
  flags: z.array(ScreeningFlag),
  screenedAt: z.string(),
});
export type DeclarationScreening = z.infer<typeof DeclarationScreening>;

/** Most declarations a summary or a bulk approval takes in one request: one queue page. */
export const MAX_SCREENING_BATCH = 100;

const DeclarationIdItem = z.uuid({ error: 'invalid' });

/** Request of the queue's screening summaries: the declarations shown on a page. */
export const ScreeningSummaryRequest = z.object({
  ids: z
    .array(DeclarationIdItem, { error: 'required' })
    .min(1, { error: 'required' })
    .max(MAX_SCREENING_BATCH, { error: 'tooBig' }),
});
export type ScreeningSummaryRequest = z.infer<typeof ScreeningSummaryRequest>;

/** A declaration's screening reduced to what a queue row shows: clean or not, and the kinds raised. */
export const ScreeningSummary = z.object({
  declarationId: z.string(),
  clean: z.boolean(),
  flagKinds: z.array(ScreeningFlagKind),
});
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

/** Response of the screening summaries; declarations the officer may not see are left out. */
export const ScreeningSummaryList = z.object({ items: z.array(ScreeningSummary) });
export type ScreeningSummaryList = z.infer<typeof ScreeningSummaryList>;

/** A supervisor's approval of several declarations, each at the version the supervisor saw. */
export const BulkApprovalRequest = z
  .object({
    items: z
      .array(z.object({ id: DeclarationIdItem, version: ExpectedVersion }), { error: 'required' })
      .min(1, { error: 'required' })
      .max(MAX_SCREENING_BATCH, { error: 'tooBig' }),
  })
  .superRefine((request, context) => {
    const seen = new Set<string>();
    request.items.forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({ code: 'custom', path: ['items', index, 'id'], message: 'duplicateItems' });
      }
      seen.add(item.id);
    });
  });
export type BulkApprovalRequest = z.infer<typeof BulkApprovalRequest>;

/**
 * Outcome of one declaration in a bulk approval. Besides `approved`, it is refused for screening
 * flags, not found (which includes a gate the supervisor does not belong to), changed since it
 * was read (`conflict`), held by another officer, or no longer waiting for a decision.
 */
export const BulkApprovalOutcome = z.enum([
  'approved',
  'flagged',
  'not_found',
  'conflict',
  'held',
  'not_submitted',
]);
export type BulkApprovalOutcome = z.infer<typeof BulkApprovalOutcome>;

/** One declaration's line of a bulk approval's response. */
export const BulkApprovalItemResult = z.object({
  id: z.string(),
  outcome: BulkApprovalOutcome,
  /** The declaration's version after approval; null otherwise. */
  version: z.number().int().nullable(),
  referenceCode: z.string().nullable(),
  /** The flags that refused it, for `flagged`. */
  flagKinds: z.array(ScreeningFlagKind),
});
export type BulkApprovalItemResult = z.infer<typeof BulkApprovalItemResult>;

/** Response of a bulk approval, in the order of the request. */
export const BulkApprovalResult = z.object({
  approved: z.number().int(),
  refused: z.number().int(),
  results: z.array(BulkApprovalItemResult),
});
export type BulkApprovalResult = z.infer<typeof BulkApprovalResult>;
