import {
  WATCHLIST_MATCH_KINDS,
  validationMessage,
  watchlistSearchKey,
  type WatchlistDeactivation,
  type WatchlistEntryView,
  type WatchlistImportRequest,
  type WatchlistImportResult,
  type WatchlistPage,
  type WatchlistRejectedRow,
  type WatchlistSearch,
} from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { InvalidStatusTransitionError, NotFoundError, ValidationError } from '../../lib/errors';
import type { ResponseLanguage } from '../../lib/request-language';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { OfficerRequest } from '../review/review.service';
import { parseWatchlistCsv, type WatchlistCsvRow } from './watchlist-csv';
import { checkWatchlistEntry, entryIdentity } from './watchlist-entries';
import {
  deactivateWatchlistEntry,
  findDuplicateEntries,
  findWatchlistEntry,
  findWatchlistPage,
  insertWatchlistEntries,
  type NewWatchlistEntry,
} from './watchlist.repository';

/** CSV column of each entry field, to name the cell of a rejected row. */
const CSV_COLUMN_OF: Readonly<Record<string, string>> = {
  matchKind: 'match_kind',
  value: 'value',
  documentType: 'document_type',
  documentCountry: 'document_country',
  dateOfBirth: 'date_of_birth',
  reason: 'reason',
  expiresOn: 'expires_on',
};

/** Turns a CSV row's cells into the fields of a typed entry. */
function rowInput({ cells }: WatchlistCsvRow): Record<string, string | undefined> {
  return {
    matchKind: cells.match_kind?.trim(),
    value: cells.value,
    documentType: cells.document_type?.trim(),
    documentCountry: cells.document_country?.trim().toUpperCase(),
    dateOfBirth: cells.date_of_birth?.trim(),
    reason: cells.reason,
    expiresOn: cells.expires_on?.trim(),
  };
}

/**
 * Serializes watchlist writes, so that two administrators adding the same entry at once cannot
 * both pass the duplicate check. Writes are rare, so one lock for the table costs nothing.
 */
async function lockWatchlist(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  await sequelize.query(`SELECT pg_advisory_xact_lock(hashtext('watchlist_entries'))`, { transaction });
}

/**
 * The administrators' watchlist. Entries hold personal data, so every list, change and import
 * is audited with ids and counts only, never the values.
 */
export class WatchlistService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Lists a page of entries matching the search text in any kind's folding. */
  async search({ officer, ip }: OfficerRequest, search: WatchlistSearch): Promise<WatchlistPage> {
    const text = search.search.trim();
    const keys =
      text === '' ? [] : [...new Set(WATCHLIST_MATCH_KINDS.map((kind) => watchlistSearchKey(kind, text)))];
    const { items, total } = await findWatchlistPage(this.sequelize, search, keys);

    await recordOfficerAudit({
      officerId: officer.id,
      action: 'watchlist.listed',
      ip,
      details: {
        filter: { matchKind: search.matchKind, state: search.state, searched: text !== '' },
        entryIds: items.map((item) => item.id),
      },
    });
    return { items, page: search.page, pageSize: search.pageSize, total };
  }

  /** Adds one entry; an invalid field or a duplicate of an entry in force gets 422 naming the field. */
  async add({ officer, ip }: OfficerRequest, input: unknown): Promise<WatchlistEntryView> {
    const checked = checkWatchlistEntry(input);
    if ('issues' in checked) {
      throw new ValidationError(checked.issues, 422, 'invalidRequest');
    }

    const id = await this.sequelize.transaction(async (transaction) => {
      await lockWatchlist(this.sequelize, transaction);
      const duplicates = await findDuplicateEntries(this.sequelize, [checked.entry], transaction);
      if (duplicates.size > 0) {
        throw new ValidationError(
          [{ path: ['value'], code: 'watchlistDuplicateEntry' }],
          422,
          'invalidRequest',
        );
      }

      const [created] = await insertWatchlistEntries(transaction, this.sequelize, officer.id, [
        checked.entry,
      ]);
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'watchlist.entry.added',
          ip,
          details: {
            entryId: created,
            matchKind: checked.entry.matchKind,
            expiresOn: checked.entry.expiresOn,
          },
        },
        transaction,
      );
      return created;
    });
    return (await findWatchlistEntry(this.sequelize, id))!;
  }

  /** Deactivates an entry with a reason. A deactivated entry gets 409; it stays as it was. */
  async deactivate(
    { officer, ip }: OfficerRequest,
    id: string,
    deactivation: WatchlistDeactivation,
  ): Promise<WatchlistEntryView> {
    await this.sequelize.transaction(async (transaction) => {
      const entry = await findWatchlistEntry(this.sequelize, id, transaction);
      if (!entry) {
        throw new NotFoundError();
      }
      if (
        !(await deactivateWatchlistEntry(transaction, this.sequelize, id, officer.id, deactivation.reason))
      ) {
        throw new InvalidStatusTransitionError('watchlistEntryInactive');
      }

      await recordOfficerAudit(
        { officerId: officer.id, action: 'watchlist.entry.deactivated', ip, details: { entryId: id } },
        transaction,
      );
    });
    return (await findWatchlistEntry(this.sequelize, id))!;
  }

  /**
   * Imports a CSV file, all or nothing: when any row is rejected nothing is stored, and the
   * result lists every rejected row with its number, column and message. A dry run only checks.
   */
  async import(
    { officer, ip }: OfficerRequest,
    request: WatchlistImportRequest,
    language: ResponseLanguage,
  ): Promise<WatchlistImportResult> {
    const { rows, malformed } = parseWatchlistCsv(request.csv);

    return this.sequelize.transaction(async (transaction) => {
      await lockWatchlist(this.sequelize, transaction);
      const { entries, rejected } = await this.checkRows(rows, transaction);
      rejected.push(...malformed.map(({ row }) => ({ row, field: 'row', code: 'csvRowMalformed' })));

      const rejectedRows: WatchlistRejectedRow[] = rejected
        .sort((first, second) => first.row - second.row)
        .map((issue) => ({ ...issue, message: validationMessage(issue.code, [issue.field], language) }));
      const store = rejectedRows.length === 0 && !request.dryRun && entries.length > 0;
      const ids = store ? await insertWatchlistEntries(transaction, this.sequelize, officer.id, entries) : [];

      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'watchlist.imported',
          ip,
          details: {
            dryRun: request.dryRun,
            imported: ids.length,
            rejectedRows: rejectedRows.length,
            entryIds: ids,
          },
        },
        transaction,
      );
      return { imported: ids.length, validRows: entries.length, rejectedRows, dryRun: request.dryRun };
    });
  }

  /** Checks every row, then rejects duplicates within the file and of entries in force. */
  private async checkRows(
    rows: WatchlistCsvRow[],
    transaction: Transaction,
  ): Promise<{ entries: NewWatchlistEntry[]; rejected: Omit<WatchlistRejectedRow, 'message'>[] }> {
    const rejected: Omit<WatchlistRejectedRow, 'message'>[] = [];
    const valid: { row: number; entry: NewWatchlistEntry }[] = [];
    const seen = new Set<string>();

    for (const row of rows) {
      const checked = checkWatchlistEntry(rowInput(row));
      if ('issues' in checked) {
        const issues = checked.issues.map((issue) => ({
          row: row.row,
          field: CSV_COLUMN_OF[String(issue.path[0])] ?? String(issue.path[0]),
          code: issue.code,
        }));
        rejected.push(...issues);
        continue;
      }
      const identity = entryIdentity(checked.entry);
      if (seen.has(identity)) {
        rejected.push({ row: row.row, field: 'value', code: 'watchlistDuplicateEntry' });
        continue;
      }
      seen.add(identity);
      valid.push({ row: row.row, entry: checked.entry });
    }

    const duplicates = await findDuplicateEntries(
      this.sequelize,
      valid.map((item) => item.entry),
      transaction,
    );
    for (const index of duplicates) {
      rejected.push({ row: valid[index].row, field: 'value', code: 'watchlistDuplicateEntry' });
    }
    return {
      entries: valid.filter((_, index) => !duplicates.has(index)).map((item) => item.entry),
      rejected,
    };
  }
}
