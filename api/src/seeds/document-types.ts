import { DocumentType } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { upsertByCode } from './upsert';

const NAMES: Record<DocumentType, { vi: string; en: string }> = {
  passport: { vi: 'Hộ chiếu', en: 'Passport' },
  border_pass: { vi: 'Giấy thông hành biên giới', en: 'Border pass' },
  border_resident_permit: { vi: 'Giấy phép cư dân biên giới', en: 'Border-resident permit' },
  other: { vi: 'Giấy tờ khác', en: 'Other document' },
};

/** Upserts the document types. They mirror the shared `DocumentType` enum, so the seed always overwrites. */
export async function seedDocumentTypes(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  const rows = DocumentType.options.map((code, index) => ({
    code,
    name_vi: NAMES[code].vi,
    name_en: NAMES[code].en,
    sort_order: index,
  }));
  await upsertByCode(sequelize, 'document_types', rows, { overwrite: true, transaction });
}
