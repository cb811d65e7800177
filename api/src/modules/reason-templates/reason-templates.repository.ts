import type { ReasonKind, ReasonTemplate } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { sequelizeOf } from '../../lib/transaction-sequelize';

const TEMPLATE_COLUMNS = `id, kind AS "reasonKind", text_vi AS "textVi", text_en AS "textEn", active,
       sort_order AS "sortOrder", version`;

/** Lists the templates of one kind or of both, in their order. `activeOnly` leaves out deactivated ones. */
export async function listReasonTemplates(
  sequelize: Sequelize,
  filter: { reasonKind?: ReasonKind; activeOnly?: boolean },
): Promise<ReasonTemplate[]> {
  return sequelize.query<ReasonTemplate>(
    `SELECT ${TEMPLATE_COLUMNS}
       FROM reason_templates
      WHERE ($1::text IS NULL OR kind = $1) AND (NOT $2::boolean OR active)
      ORDER BY kind DESC, sort_order, created_at`,
    { bind: [filter.reasonKind ?? null, filter.activeOnly ?? false], type: QueryTypes.SELECT },
  );
}

/** Reads one template, locking its row until the transaction ends. */
export async function lockReasonTemplate(
  transaction: Transaction,
  id: string,
): Promise<ReasonTemplate | null> {
  const [row] = await sequelizeOf(transaction).query<ReasonTemplate>(
    `SELECT ${TEMPLATE_COLUMNS} FROM reason_templates WHERE id = $1 FOR UPDATE`,
    { bind: [id], transaction, type: QueryTypes.SELECT },
  );
  return row ?? null;
}

/** Reads the templates with the given ids, as they are when the transaction reads them. */
export async function findReasonTemplates(
  transaction: Transaction,
  ids: readonly string[],
): Promise<Map<string, ReasonTemplate>> {
  const rows = await sequelizeOf(transaction).query<ReasonTemplate>(
    `SELECT ${TEMPLATE_COLUMNS} FROM reason_templates WHERE id = ANY($1::uuid[]) FOR SHARE`,
    { bind: [[...ids]], transaction, type: QueryTypes.SELECT },
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Locks every template of a kind and returns their ids and versions in the current order.
 * Creating and reordering take this lock first, so two of them never number the same kind at once.
 */
export async function lockReasonKind(
  transaction: Transaction,
  reasonKind: ReasonKind,
): Promise<{ id: string; version: number }[]> {
  return sequelizeOf(transaction).query<{ id: string; version: number }>(
    'SELECT id, version FROM reason_templates WHERE kind = $1 ORDER BY sort_order, created_at FOR UPDATE',
    { bind: [reasonKind], transaction, type: QueryTypes.SELECT },
  );
}

/** Inserts a template at the given position of its kind and returns it. */
export async function insertReasonTemplate(
  transaction: Transaction,
  template: { reasonKind: ReasonKind; textVi: string; textEn: string; sortOrder: number },
): Promise<ReasonTemplate> {
  const [row] = await sequelizeOf(transaction).query<ReasonTemplate>(
    `INSERT INTO reason_templates (kind, text_vi, text_en, sort_order)
     VALUES ($1, $2, $3, $4)
     RETURNING ${TEMPLATE_COLUMNS}`,
    {
      bind: [template.reasonKind, template.textVi, template.textEn, template.sortOrder],
      transaction,
      type: QueryTypes.SELECT,
    },
  );
  return row;
}

/** Replaces a template's texts and active flag and moves it to the next version. */
export async function updateReasonTemplate(
  transaction: Transaction,
  id: string,
  changes: { textVi: string; textEn: string; active: boolean },
): Promise<ReasonTemplate> {
  const [row] = await sequelizeOf(transaction).query<ReasonTemplate>(
    `UPDATE reason_templates
        SET text_vi = $2, text_en = $3, active = $4, version = version + 1, updated_at = now()
      WHERE id = $1
      RETURNING ${TEMPLATE_COLUMNS}`,
    { bind: [id, changes.textVi, changes.textEn, changes.active], transaction, type: QueryTypes.SELECT },
  );
  return row;
}

/** Numbers the templates 1, 2, 3… in the order of `ids`; each one that moves goes to its next version. */
export async function setReasonTemplateOrder(
  transaction: Transaction,
  ids: readonly string[],
): Promise<void> {
  await sequelizeOf(transaction).query(
    `UPDATE reason_templates AS t
        SET sort_order = ordered.position, version = t.version + 1, updated_at = now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS ordered (id, position)
      WHERE t.id = ordered.id AND t.sort_order <> ordered.position`,
    { bind: [[...ids]], transaction },
  );
}
