import {
  WATCHLIST_MAX_YEARS,
  WatchlistEntryInput,
  addDaysToDateOnly,
  issueMessageKey,
  todayInTimeZone,
  watchlistSearchKey,
} from '@smartgate/shared-models';

import type { FieldIssue } from '../../lib/errors';
import type { NewWatchlistEntry } from './watchlist.repository';

/** Checks the last day in force: today at the earliest, and at most `WATCHLIST_MAX_YEARS` ahead. */
function expiryIssue(expiresOn: string, today: string): string | null {
  if (expiresOn < today) {
    return 'dateInPast';
  }
  if (expiresOn > addDaysToDateOnly(today, Math.round(WATCHLIST_MAX_YEARS * 365.25))) {
    return 'watchlistExpiryTooFar';
  }
  return null;
}

/**
 * Validates one entry as typed or as read from a CSV row, and folds its key. Returns the entry
 * to store or every field issue, with paths in the input's field names.
 */
export function checkWatchlistEntry(
  input: unknown,
  today: string = todayInTimeZone(),
): { entry: NewWatchlistEntry } | { issues: FieldIssue[] } {
  const parsed = WatchlistEntryInput.safeParse(input);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
        code: issueMessageKey(issue),
      })),
    };
  }

  const data = parsed.data;
  const expiry = expiryIssue(data.expiresOn, today);
  if (expiry) {
    return { issues: [{ path: ['expiresOn'], code: expiry }] };
  }
  return {
    entry: {
      matchKind: data.matchKind,
      value: data.value,
      searchKey: watchlistSearchKey(data.matchKind, data.value),
      documentType: data.documentType ?? null,
      documentCountry: data.documentCountry ?? null,
      dateOfBirth: data.dateOfBirth ?? null,
      reason: data.reason,
      expiresOn: data.expiresOn,
    },
  };
}

/** Tells two new entries apart the way the duplicate check in the database does. */
export function entryIdentity(entry: NewWatchlistEntry): string {
  return JSON.stringify([
    entry.matchKind,
    entry.searchKey,
    entry.documentType,
    entry.documentCountry,
    entry.dateOfBirth,
  ]);
}
