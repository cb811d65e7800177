import type { Sequelize, Transaction } from 'sequelize';

import { enqueueResultIssuedNotice } from '../notifications/notice-queue';
import type { StoredPdf } from './result-storage';

/**
 * Marks a locked, still pending result as issued with its stored PDF, moves the
 * declaration from approved to issued and records that step. Runs in the caller's
 * transaction so the result and the declaration change together.
 */
export async function markResultIssued(
  sequelize: Sequelize,
  transaction: Transaction,
  input: { resultId: string; declarationId: string; pdf: StoredPdf; issuedAt: Date },
): Promise<void> {
  await sequelize.query(
    `UPDATE results
     SET status = 'issued', pdf_path = :pdfPath, pdf_sha256 = :sha256, issued_at = :issuedAt,
         attempts = attempts + 1, last_error = NULL, updated_at = now()
     WHERE id = :resultId`,
    {
      replacements: {
        resultId: input.resultId,
        pdfPath: input.pdf.relativePath,
        sha256: input.pdf.sha256,
        issuedAt: input.issuedAt,
      },
      transaction,
    },
  );

  const [movedRows] = await sequelize.query(
    `UPDATE declarations SET status = 'issued', version = version + 1, updated_at = now()
     WHERE id = :declarationId AND status = 'approved'
     RETURNING id`,
    { replacements: { declarationId: input.declarationId }, transaction },
  );
  if ((movedRows as unknown[]).length === 0) {
    return;
  }

  // The worker acts for the system, so the event has no actor id.
  await sequelize.query(
    `INSERT INTO declaration_events (declaration_id, from_status, to_status, actor_type, actor_id, at)
     VALUES (:declarationId, 'approved', 'issued', 'system', NULL, :issuedAt)`,
    { replacements: { declarationId: input.declarationId, issuedAt: input.issuedAt }, transaction },
  );

  // The PDF is stored before this transaction, so the notice that attaches it can never run first.
  await enqueueResultIssuedNotice(transaction, input.resultId);
}

/**
 * Counts a failed render and keeps its message. After the last attempt a pending result
 * becomes failed, which an operator can see and retry; an issued one is never touched.
 */
export async function recordRenderFailure(
  sequelize: Sequelize,
  input: { resultId: string; error: string; final: boolean },
): Promise<void> {
  await sequelize.query(
    `UPDATE results
     SET attempts = attempts + 1, last_error = :error, updated_at = now(),
         status = CASE WHEN :final THEN 'failed' ELSE status END
     WHERE id = :resultId AND status IN ('pending', 'failed')`,
    { replacements: { resultId: input.resultId, error: input.error.slice(0, 1000), final: input.final } },
  );
}
