import type { AttachmentRule, AttachmentRuleInput } from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import { AttachmentRuleModel } from './cargo-attachments.models';

/** Converts a row to the rule that the API returns. */
export function toAttachmentRule(row: AttachmentRuleModel): AttachmentRule {
  return {
    id: row.id,
    attachmentType: row.attachmentType,
    direction: row.direction,
    hsChapterFrom: row.hsChapterFrom,
    hsChapterTo: row.hsChapterTo,
    hsControl: row.hsControl,
    active: row.active,
    noteVi: row.noteVi,
    noteEn: row.noteEn,
    version: row.version,
  };
}

/** Lists the rules, the active ones only when asked, in a stable order. */
export async function listAttachmentRules(options: { activeOnly: boolean }): Promise<AttachmentRule[]> {
  const rows = await AttachmentRuleModel.findAll({
    where: options.activeOnly ? { active: true } : {},
    order: [
      ['attachmentType', 'ASC'],
      ['createdAt', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  return rows.map(toAttachmentRule);
}

export function lockAttachmentRule(
  id: string,
  transaction: Transaction,
): Promise<AttachmentRuleModel | null> {
  return AttachmentRuleModel.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE });
}

export function insertAttachmentRule(
  id: string,
  input: AttachmentRuleInput,
  transaction: Transaction,
): Promise<AttachmentRuleModel> {
  return AttachmentRuleModel.create({ id, ...input }, { transaction });
}

/** Replaces a rule's fields and advances its version. */
export function updateAttachmentRule(
  row: AttachmentRuleModel,
  input: AttachmentRuleInput,
  transaction: Transaction,
): Promise<AttachmentRuleModel> {
  return row.update({ ...input, version: row.version + 1, updatedAt: new Date() }, { transaction });
}
