import { z } from 'zod';

import { choiceError } from './choice-error';
import { CountryCode } from './country-code';
import { DateOnly } from './date-only';
import { foldText, requiredText } from './text';
import { DocumentType } from './traveller';
import { plateSearchKey } from './vietnam-plate';

/** Kinds of value that a watchlist entry is compared with: a travel document number, a vehicle plate, or a person's name. */
export const WATCHLIST_MATCH_KINDS = ['document_number', 'plate', 'name'] as const;
export const WatchlistMatchKind = z.enum(WATCHLIST_MATCH_KINDS, { error: choiceError });
export type WatchlistMatchKind = z.infer<typeof WatchlistMatchKind>;

/** Maximum length of an entry's value: no document number, plate or name on a declaration is longer. */
export const WATCHLIST_VALUE_MAX_LENGTH = 100;
/** Maximum length of the reason of an entry or of its deactivation. */
export const WATCHLIST_REASON_MAX_LENGTH = 500;
/** Entries expire at most this many years ahead, so every entry comes up for review. */
export const WATCHLIST_MAX_YEARS = 10;

/** Folds a document number as declarations store it: capitals and digits only. */
export function documentNumberSearchKey(value: string): string {
  return value
    .normalize('NFC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * Folds an entry's value into the key screening compares: a document number as declarations
 * store it, a plate as `plateSearchKey` folds it, and a name as `foldText` folds travellers' names.
 */
export function watchlistSearchKey(kind: WatchlistMatchKind, value: string): string {
  switch (kind) {
    case 'document_number':
      return documentNumberSearchKey(value);
    case 'plate':
      return plateSearchKey(value);
    case 'name':
      return foldText(value);
  }
}

/** Shortest folded key per kind: shorter keys would match unrelated records. */
const MIN_KEY_LENGTH: Record<WatchlistMatchKind, number> = { document_number: 5, plate: 4, name: 3 };

/** Adds an issue on `value` when its folded key is too short to match safely. */
function checkSearchKey(entry: { matchKind: WatchlistMatchKind; value: string }, context: z.RefinementCtx) {
  if (watchlistSearchKey(entry.matchKind, entry.value).length < MIN_KEY_LENGTH[entry.matchKind]) {
    context.addIssue({ code: 'custom', path: ['value'], message: 'watchlistValueTooShort' });
  }
}

/** Adds issues on fields that do not belong to the entry's kind, so nothing is silently dropped. */
function checkKindFields(
  entry: {
    matchKind: WatchlistMatchKind;
    documentType?: unknown;
    documentCountry?: unknown;
    dateOfBirth?: unknown;
  },
  context: z.RefinementCtx,
) {
  const foreign: string[] = [];
  if (entry.matchKind !== 'document_number') {
    foreign.push(
      ...(['documentType', 'documentCountry'] as const).filter((field) => entry[field] !== undefined),
    );
  }
  if (entry.matchKind !== 'name' && entry.dateOfBirth !== undefined) {
    foreign.push('dateOfBirth');
  }
  for (const field of foreign) {
    context.addIssue({ code: 'custom', path: [field], message: 'watchlistFieldNotForKind' });
  }
}

/** Makes a field optional and treats an empty string, as an empty form field or CSV cell sends it, as absent. */
function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

/**
 * A new watchlist entry. `expiresOn` is the last local day (Asia/Ho_Chi_Minh) on which the
 * entry matches; the API checks that it is not in the past.
 */
export const WatchlistEntryInput = z
  .object({
    matchKind: WatchlistMatchKind,
    // A line break typed or pasted inside a cell becomes one space, as in the stored names.
    value: requiredText(WATCHLIST_VALUE_MAX_LENGTH).transform((value) => value.replace(/\s+/g, ' ')),
    documentType: optionalField(DocumentType),
    documentCountry: optionalField(CountryCode),
    dateOfBirth: optionalField(DateOnly),
    reason: requiredText(WATCHLIST_REASON_MAX_LENGTH),
    expiresOn: DateOnly,
  })
  .superRefine((entry, context) => {
    checkSearchKey(entry, context);
    checkKindFields(entry, context);
  });
export type WatchlistEntryInput = z.infer<typeof WatchlistEntryInput>;

/** An administrator's deactivation of an entry, with the reason kept beside it. */
export const WatchlistDeactivation = z.object({
  reason: requiredText(WATCHLIST_REASON_MAX_LENGTH),
});
export type WatchlistDeactivation = z.infer<typeof WatchlistDeactivation>;

/** Filter of the administrator's list: entries that can match now, deactivated ones, expired ones, or all. */
export const WatchlistState = z.enum(['active', 'deactivated', 'expired', 'all'], { error: choiceError });
export type WatchlistState = z.infer<typeof WatchlistState>;

/**
 * The administrator's list query, sent as a POST body: the search text may be a name or a
 * document number, which must not appear in URLs.
 */
export const WatchlistSearch = z.object({
  search: z
    .string({ error: 'invalidType' })
    .max(WATCHLIST_VALUE_MAX_LENGTH, { error: 'searchTooLong' })
    .default(''),
  matchKind: optionalField(WatchlistMatchKind),
  state: WatchlistState.default('active'),
  page: z
    .number({ error: 'invalidNumber' })
    .int({ error: 'invalidNumber' })
    .min(1, { error: 'invalidNumber' })
    .default(1),
  pageSize: z
    .number({ error: 'invalidNumber' })
    .int({ error: 'invalidNumber' })
    .min(1, { error: 'invalidNumber' })
    .max(100, { error: 'tooBig' })
    .default(25),
});
export type WatchlistSearch = z.infer<typeof WatchlistSearch>;

/** One watchlist entry as administrators see it. Times are ISO 8601 in UTC. */
export const WatchlistEntryView = z.object({
  id: z.string(),
  matchKind: WatchlistMatchKind,
  value: z.string(),
  searchKey: z.string(),
  documentType: z.string().nullable(),
  documentCountry: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  reason: z.string(),
  expiresAt: z.string(),
  /** The last local day on which the entry matches (`YYYY-MM-DD`). */
  expiresOn: z.string(),
  /** False once deactivated; an active entry past `expiresAt` no longer matches either. */
  active: z.boolean(),
  expired: z.boolean(),
  createdBy: z.object({ id: z.string(), fullName: z.string() }),
  createdAt: z.string(),
  deactivatedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  deactivatedAt: z.string().nullable(),
  deactivationReason: z.string().nullable(),
});
export type WatchlistEntryView = z.infer<typeof WatchlistEntryView>;

/** A page of the administrator's list. */
export const WatchlistPage = z.object({
  items: z.array(WatchlistEntryView),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type WatchlistPage = z.infer<typeof WatchlistPage>;

/** Maximum size of an import file, in characters of text. */
export const WATCHLIST_IMPORT_MAX_CHARS = 90_000;

/**
 * A CSV import. The file travels as text in the JSON body. With `dryRun` nothing is stored and
 * the response lists what would be imported and every rejected row.
 */
export const WatchlistImportRequest = z.object({
  csv: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(WATCHLIST_IMPORT_MAX_CHARS, { error: 'watchlistImportTooLarge' }),
  dryRun: z.boolean({ error: 'invalidType' }).default(false),
});
export type WatchlistImportRequest = z.infer<typeof WatchlistImportRequest>;

/** One rejected CSV row: its line number in the file (the header is row 1), the column and the message key. */
export const WatchlistRejectedRow = z.object({
  row: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type WatchlistRejectedRow = z.infer<typeof WatchlistRejectedRow>;

/**
 * Outcome of an import. Imports are all or nothing: when any row is rejected, `imported` is 0
 * and the response lists every rejected row, so the file can be fixed and sent again whole.
 */
export const WatchlistImportResult = z.object({
  imported: z.number().int(),
  validRows: z.number().int(),
  rejectedRows: z.array(WatchlistRejectedRow),
  dryRun: z.boolean(),
});
export type WatchlistImportResult = z.infer<typeof WatchlistImportResult>;

/** Column names of the import file, in the template's order. */
export const WATCHLIST_CSV_COLUMNS = [
  'match_kind',
  'value',
  'document_type',
  'document_country',
  'date_of_birth',
  'reason',
  'expires_on',
] as const;
