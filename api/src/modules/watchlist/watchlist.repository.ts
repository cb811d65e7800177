import type { WatchlistEntryView, WatchlistMatchKind, WatchlistSearch } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { BindParameters } from '../review/bind-parameters';

/** The gate's time zone: an entry's last day in force ends at midnight there. */
const LOCAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A new entry with its folded key, ready to store. */
export interface NewWatchlistEntry {
  matchKind: WatchlistMatchKind;
  value: string;
  searchKey: string;
  documentType: string | null;
  documentCountry: string | null;
  dateOfBirth: string | null;
  reason: string;
  /** The last local day in force, `YYYY-MM-DD`. */
  expiresOn: string;
}

interface EntryRow {
  id: string;
  matchKind: WatchlistMatchKind;
  value: string;
  searchKey: string;
  documentType: string | null;
  documentCountry: string | null;
  dateOfBirth: string | null;
  reason: string;
  expiresAt: Date;
  expiresOn: string;
  active: boolean;
  expired: boolean;
  createdById: string;
  createdByName: string;
  createdAt: Date;
  deactivatedById: string | null;
  deactivatedByName: string | null;
  deactivatedAt: Date | null;
  deactivationReason: string | null;
}

const ENTRY_COLUMNS = `
  w.id, w.match_kind AS "matchKind", w.value, w.search_key AS "searchKey",
  w.document_type AS "documentType", w.document_country AS "documentCountry",
  w.date_of_birth::text AS "dateOfBirth", w.reason, w.expires_at AS "expiresAt",
  ((w.expires_at AT TIME ZONE '${LOCAL_TIME_ZONE}') - interval '1 day')::date::text AS "expiresOn",
  w.active, w.expires_at <= now() AS expired,
  w.created_by AS "createdById", creator.full_name AS "createdByName", w.created_at AS "createdAt",
  w.deactivated_by AS "deactivatedById", deactivator.full_name AS "deactivatedByName",
  w.deactivated_at AS "deactivatedAt", w.deactivation_reason AS "deactivationReason"`;

const ENTRY_JOINS = `
  JOIN officers creator ON creator.id = w.created_by
  LEFT JOIN officers deactivator ON deactivator.id = w.deactivated_by`;

function toView(row: EntryRow): WatchlistEntryView {
  return {
    id: row.id,
    matchKind: row.matchKind,
    value: row.value,
    searchKey: row.searchKey,
    documentType: row.documentType,
    documentCountry: row.documentCountry,
    dateOfBirth: row.dateOfBirth,
    reason: row.reason,
    expiresAt: new Date(row.expiresAt).toISOString(),
    expiresOn: row.expiresOn,
    active: row.active,
    expired: row.expired,
    createdBy: { id: row.createdById, fullName: row.createdByName },
    createdAt: new Date(row.createdAt).toISOString(),
    deactivatedBy: row.deactivatedById
      ? { id: row.deactivatedById, fullName: row.deactivatedByName ?? '' }
      : null,
    deactivatedAt: row.deactivatedAt ? new Date(row.deactivatedAt).toISOString() : null,
    deactivationReason: row.deactivationReason,
  };
}

/** Escapes LIKE wildcards so that `%` and `_` typed in the search box match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Writes the WHERE conditions of an administrator's list query. */
function searchConditions(search: WatchlistSearch, keys: string[], bind: BindParameters): string {
  const conditions: string[] = [];
  if (search.matchKind) {
    conditions.push(`w.match_kind = ${bind.add(search.matchKind)}`);
  }
  if (search.state === 'active') {
    conditions.push('w.active AND w.expires_at > now()');
  } else if (search.state === 'deactivated') {
    conditions.push('NOT w.active');
  } else if (search.state === 'expired') {
    conditions.push('w.active AND w.expires_at <= now()');
  }
  const patterns = keys
    .filter((key) => key !== '')
    .map((key) => `w.search_key LIKE ${bind.add(likePattern(key))}`);
  if (patterns.length > 0) {
    conditions.push(`(${patterns.join(' OR ')})`);
  }
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * Lists one page of entries, newest first. `keys` are the search text folded each way an
 * entry's key can be folded, since the list mixes kinds.
 */
export async function findWatchlistPage(
  sequelize: Sequelize,
  search: WatchlistSearch,
  keys: string[],
): Promise<{ items: WatchlistEntryView[]; total: number }> {
  const bind = new BindParameters();
  const where = searchConditions(search, keys, bind);

  const [{ total }] = await sequelize.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM watchlist_entries w ${where}`,
    { bind: bind.values, type: QueryTypes.SELECT },
  );
  const limit = bind.add(search.pageSize);
  const offset = bind.add((search.page - 1) * search.pageSize);
  const rows = await sequelize.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM watchlist_entries w ${ENTRY_JOINS} ${where}
      ORDER BY w.created_at DESC, w.id LIMIT ${limit} OFFSET ${offset}`,
    { bind: bind.values, type: QueryTypes.SELECT },
  );
  return { items: rows.map(toView), total };
}

/** Finds one entry by id, optionally locking it for a change. */
export async function findWatchlistEntry(
  sequelize: Sequelize,
  id: string,
  transaction?: Transaction,
): Promise<WatchlistEntryView | null> {
  const [row] = await sequelize.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM watchlist_entries w ${ENTRY_JOINS} WHERE w.id = $1
       ${transaction ? 'FOR UPDATE OF w' : ''}`,
    { bind: [id], type: QueryTypes.SELECT, transaction },
  );
  return row ? toView(row) : null;
}

/** Inserts entries and returns their ids in the same order. */
export async function insertWatchlistEntries(
  transaction: Transaction,
  sequelize: Sequelize,
  officerId: string,
  entries: NewWatchlistEntry[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of entries) {
    const [row] = await sequelize.query<{ id: string }>(
      `INSERT INTO watchlist_entries
         (match_kind, value, search_key, document_type, document_country, date_of_birth, reason,
          expires_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7,
               (($8::date + 1)::timestamp AT TIME ZONE '${LOCAL_TIME_ZONE}'), $9)
       RETURNING id`,
      {
        bind: [
          entry.matchKind,
          entry.value,
          entry.searchKey,
          entry.documentType,
          entry.documentCountry,
          entry.dateOfBirth,
          entry.reason,
          entry.expiresOn,
          officerId,
        ],
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    ids.push(row.id);
  }
  return ids;
}

/**
 * Returns the indexes of the entries that duplicate an entry in force: same kind, key and
 * qualifiers (document type and country, date of birth).
 */
export async function findDuplicateEntries(
  sequelize: Sequelize,
  entries: NewWatchlistEntry[],
  transaction?: Transaction,
): Promise<Set<number>> {
  if (entries.length === 0) {
    return new Set();
  }

  const rows = await sequelize.query<{ position: number }>(
    `SELECT candidate.position::int AS position
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[])
              WITH ORDINALITY AS candidate (match_kind, search_key, document_type, document_country, date_of_birth, position)
      WHERE EXISTS (
        SELECT 1 FROM watchlist_entries w
         WHERE w.active AND w.expires_at > now()
           AND w.match_kind = candidate.match_kind AND w.search_key = candidate.search_key
           AND w.document_type IS NOT DISTINCT FROM candidate.document_type
           AND w.document_country IS NOT DISTINCT FROM candidate.document_country
           AND w.date_of_birth IS NOT DISTINCT FROM candidate.date_of_birth)`,
    {
      bind: [
        entries.map((entry) => entry.matchKind),
        entries.map((entry) => entry.searchKey),
        entries.map((entry) => entry.documentType),
        entries.map((entry) => entry.documentCountry),
        entries.map((entry) => entry.dateOfBirth),
      ],
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  return new Set(rows.map((row) => row.position - 1));
}

/** Deactivates an active entry; returns false when it was already inactive. */
export async function deactivateWatchlistEntry(
  transaction: Transaction,
  sequelize: Sequelize,
  id: string,
  officerId: string,
  reason: string,
): Promise<boolean> {
  const [, affected] = await sequelize.query(
    `UPDATE watchlist_entries
        SET active = false, deactivated_by = $2, deactivated_at = now(), deactivation_reason = $3
      WHERE id = $1 AND active`,
    { bind: [id, officerId, reason], type: QueryTypes.UPDATE, transaction },
  );
  return Number(affected) > 0;
}
