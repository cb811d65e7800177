import { DocumentType } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { DOCUMENT_TYPE_RULES, DOCUMENT_TYPE_RULE_COLUMNS } from './document-type-rules';
import { upsertByCode } from './upsert';

const NAMES: Record<DocumentType, { vi: string; en: string }> = {
  passport: { vi: 'Hộ chiếu', en: 'Passport' },
  border_pass: { vi: 'Giấy thông hành biên giới', en: 'Border pass' },
  border_resident_permit: { vi: 'Giấy phép cư dân biên giới', en: 'Border-resident permit' },
  vn_citizen_id: { vi: 'Căn cước công dân', en: 'Vietnamese citizen ID card' },
  other: { vi: 'Giấy tờ khác', en: 'Other document' },
};

/**
 * Whether a traveller must upload a portrait photo, by document type. Passports and the chip
 * citizen ID carry a photo that the officer reads at the gate, so a photo is optional for them.
 * Border passes, border-resident permits and other documents have no chip, so the officer
 * compares the face with the uploaded photo. Administrators may change this; the seed sets it
 * only on new rows.
 */
const PHOTO_REQUIRED: Record<DocumentType, boolean> = {
  passport: false,
  border_pass: true,
  border_resident_permit: true,
  vn_citizen_id: false,
  other: true,
};

/**
 * Upserts the document types. They mirror the shared `DocumentType` enum, so the seed always
 * overwrites their names, but not the rules an administrator may change.
 */
export async function seedDocumentTypes(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  const rows = DocumentType.options.map((code, index) => ({
    code,
    name_vi: NAMES[code].vi,
    name_en: NAMES[code].en,
    sort_order: index,
    photo_required: PHOTO_REQUIRED[code],
    ...DOCUMENT_TYPE_RULES[code],
  }));
  await upsertByCode(sequelize, 'document_types', rows, {
    overwrite: true,
    insertOnlyColumns: ['photo_required', ...DOCUMENT_TYPE_RULE_COLUMNS],
    transaction,
  });
}
