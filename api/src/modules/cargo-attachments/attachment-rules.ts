import {
  applicableAttachmentTypes,
  type AttachmentRuleConditions,
  type AttachmentType,
  type GoodsLineClass,
} from '@smartgate/shared-models';
import { QueryTypes, type Transaction } from 'sequelize';

import { AttachmentRuleModel } from './cargo-attachments.models';
import { attachedTypes } from './cargo-attachments.repository';

// The rule matching is shared with the back office's counter filing, which marks the required documents as the officer types.
export { applicableAttachmentTypes, type AttachmentRuleConditions, type GoodsLineClass };

/**
 * Loads the HS chapter and the effective control of each goods line of a declaration: a line
 * under the heading 4403 follows the heading's control (view `hs_code_effective_controls`).
 */
async function goodsLineClasses(declarationId: string, transaction?: Transaction): Promise<GoodsLineClass[]> {
  return AttachmentRuleModel.sequelize!.query<GoodsLineClass>(
    `SELECT left(line.hs_code, 2) AS chapter, hs.control
       FROM declaration_goods_lines line
       LEFT JOIN hs_code_effective_controls hs ON hs.code = line.hs_code
      WHERE line.declaration_id = :declarationId AND line.hs_code IS NOT NULL`,
    { replacements: { declarationId }, type: QueryTypes.SELECT, transaction },
  );
}

/** Returns the attachment types that the active rules require for a stored declaration. */
export async function attachmentRequirements(
  declaration: { id: string; direction: string | null },
  transaction?: Transaction,
): Promise<AttachmentType[]> {
  const rules = await AttachmentRuleModel.findAll({ where: { active: true }, transaction });
  const lines = await goodsLineClasses(declaration.id, transaction);
  return applicableAttachmentTypes(rules, declaration.direction, lines);
}

/**
 * Returns the attachment types that the active rules require for a stored cargo declaration
 * and that it has no file of yet: an empty list means the declaration may be submitted. The
 * submission calls it inside its transaction, after locking the declaration row, so no upload
 * or deletion can cross it.
 */
export async function requiredAttachmentTypes(
  declaration: { id: string; direction: string | null },
  transaction?: Transaction,
): Promise<AttachmentType[]> {
  const required = await attachmentRequirements(declaration, transaction);
  const attached = new Set(await attachedTypes(declaration.id, transaction));
  return required.filter((type) => !attached.has(type));
}
