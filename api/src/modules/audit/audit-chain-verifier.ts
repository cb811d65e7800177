import { Transaction, type Sequelize } from 'sequelize';

import { GENESIS_HASH, auditRowHash, type AuditChainRow } from './audit-chain';
import { readAuditChainHead, readAuditRows } from './audit-chain.repository';

/**
 * The first place where the chain does not hold:
 * - `edited`: the row's content no longer matches its own hash;
 * - `link-broken`: the row's `previous_hash` is not the hash of the row before it, so a row
 *   between them was deleted, or the row before was edited and its hash rewritten;
 * - `tail-missing`: the chain head names a newer row than the last one left, so rows at the end
 *   were deleted.
 */
export type AuditChainBreak =
  | { kind: 'edited'; rowId: string }
  | { kind: 'link-broken'; rowId: string; previousRowId: string | null }
  | { kind: 'tail-missing'; rowId: string; lastRowId: string | null };

/** The outcome of one verification run. */
export interface AuditChainReport {
  checkedRows: number;
  /** Hash of the newest row the run checked; record it elsewhere to detect a rewrite of the whole chain. */
  headHash: string;
  firstBreak: AuditChainBreak | null;
}

const BATCH_SIZE = 1_000;

function checkRow(row: AuditChainRow, previous: { id: string | null; hash: string }): AuditChainBreak | null {
  if (row.previousHash !== previous.hash) {
    return { kind: 'link-broken', rowId: row.id, previousRowId: previous.id };
  }
  if (auditRowHash(row) !== row.hash) {
    return { kind: 'edited', rowId: row.id };
  }
  return null;
}

/**
 * Recomputes the hash of every audit row in id order and checks each link to the row before.
 * It reads one snapshot (REPEATABLE READ), so rows appended meanwhile neither count nor break it.
 */
export async function verifyAuditChain(sequelize: Sequelize): Promise<AuditChainReport> {
  return sequelize.transaction(
    { isolationLevel: Transaction.ISOLATION_LEVELS.REPEATABLE_READ, readOnly: true },
    async (transaction) => {
      const head = await readAuditChainHead(sequelize, transaction);
      if (!head) {
        throw new Error('The audit chain head is missing: run the migrations first.');
      }

      let previous: { id: string | null; hash: string } = { id: null, hash: GENESIS_HASH };
      let checkedRows = 0;
      for (;;) {
        const rows = await readAuditRows(
          sequelize,
          { afterId: previous.id ?? '0', limit: BATCH_SIZE },
          transaction,
        );
        for (const row of rows) {
          const broken = checkRow(row, previous);
          if (broken) {
            return { checkedRows, headHash: previous.hash, firstBreak: broken };
          }
          previous = { id: row.id, hash: row.hash };
          checkedRows++;
        }
        if (rows.length < BATCH_SIZE) {
          break;
        }
      }

      const tailCut = head.lastId !== previous.id || head.lastHash !== previous.hash;
      const firstBreak: AuditChainBreak | null = tailCut
        ? { kind: 'tail-missing', rowId: head.lastId ?? '0', lastRowId: previous.id }
        : null;
      return { checkedRows, headHash: previous.hash, firstBreak };
    },
  );
}
