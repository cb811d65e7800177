import type { DocumentType, DocumentTypeRules, DocumentTypeRulesUpdate } from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import { DocumentTypeModel } from './document-types.models';

export function toDocumentTypeRules(row: DocumentTypeModel): DocumentTypeRules {
  return {
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    numberFormat: row.numberFormat,
    expiryWarningMonths: row.expiryWarningMonths,
    maxValidityMonths: row.maxValidityMonths,
    requiresIssueDate: row.requiresIssueDate,
    validProvinceRule: row.validProvinceRule,
    allowedNationalities: row.allowedNationalities,
    photoRequired: row.photoRequired,
  };
}

/** Lists every document type with its rules, in the order the form offers them. */
export async function listDocumentTypeRules(transaction?: Transaction): Promise<DocumentTypeRules[]> {
  const rows = await DocumentTypeModel.findAll({ order: [['sortOrder', 'ASC']], transaction });
  return rows.map(toDocumentTypeRules);
}

/** Loads the rules of every document type by code, as the declaration checks look them up. */
export async function documentTypeRulesByCode(
  transaction?: Transaction,
): Promise<Map<string, DocumentTypeRules>> {
  const rules = await listDocumentTypeRules(transaction);
  return new Map(rules.map((rule) => [rule.code, rule]));
}

/** Loads one document type and locks its row until the transaction ends, or returns null. */
export async function lockDocumentType(
  code: DocumentType,
  transaction: Transaction,
): Promise<DocumentTypeModel | null> {
  return DocumentTypeModel.findByPk(code, { transaction, lock: transaction.LOCK.UPDATE });
}

/** Writes a document type's new rules. Its names stay as the seed keeps them. */
export async function updateDocumentTypeRules(
  row: DocumentTypeModel,
  update: DocumentTypeRulesUpdate,
  transaction: Transaction,
): Promise<DocumentTypeModel> {
  return row.update(
    {
      numberFormat: update.numberFormat,
      expiryWarningMonths: update.expiryWarningMonths,
      maxValidityMonths: update.maxValidityMonths,
      requiresIssueDate: update.requiresIssueDate,
      validProvinceRule: update.validProvinceRule,
      allowedNationalities: update.allowedNationalities,
      ...(update.photoRequired === undefined ? {} : { photoRequired: update.photoRequired }),
    },
    { transaction },
  );
}
