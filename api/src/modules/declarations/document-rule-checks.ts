import {
  checkDeclarationDocuments,
  todayInTimeZone,
  type DeclarationFinding,
  type DeclarationView,
  type DocumentRuleDeclaration,
  type FieldWarning,
} from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import { documentTypeRulesByCode } from '../reference/document-types.repository';
import { findGateProvinces } from '../reference/reference.repository';

/**
 * Checks every traveller's document against the current rules of its type in the database, for
 * the declaration's gate. "Today" is the local day in Asia/Ho_Chi_Minh.
 */
export async function checkDocumentRulesOf(
  declaration: DocumentRuleDeclaration & { gateCode?: string },
  transaction?: Transaction,
): Promise<{ errors: DeclarationFinding[]; warnings: DeclarationFinding[] }> {
  const rules = await documentTypeRulesByCode(transaction);
  const gate = declaration.gateCode ? await findGateProvinces(declaration.gateCode, transaction) : null;

  return checkDeclarationDocuments(declaration, rules, { gate: gate ?? undefined, today: todayInTimeZone() });
}

function toFieldWarning({ path, code, params }: DeclarationFinding): FieldWarning {
  return { path: path.join('.'), code, ...(params ? { params } : {}) };
}

/** Adds the document warnings, such as a passport expiring soon after the crossing, to a declaration's view. */
export async function withDocumentWarnings(view: DeclarationView): Promise<DeclarationView> {
  const { warnings } = await checkDocumentRulesOf(view.data);
  return { ...view, warnings: warnings.map(toFieldWarning) };
}
