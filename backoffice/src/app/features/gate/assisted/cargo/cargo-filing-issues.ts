import {
  CargoDeclaration,
  CounterCompany,
  cargoDateFindings,
  checkDeclarationDocuments,
  checkQuantityDecimals,
  parseDecimal,
  type AttachmentType,
  type CargoDates,
  type DocumentRuleDeclaration,
  type DocumentTypeRules,
  type Gate,
  type GoodsUnit,
} from '@smartgate/shared-models';

import { ContactFields, firstIssuePerField, schemaIssues, type FilingIssue } from '../filing-issues';

/** The reference data that the checks of a truck's filing read besides the form. */
export interface CargoCheckSources {
  documentTypes: readonly DocumentTypeRules[];
  gate: Gate | undefined;
  units: readonly GoodsUnit[];
  /** The document types that the attachment rules require for the direction and goods typed so far. */
  requiredDocuments: readonly AttachmentType[];
  /** Today at the gate, `YYYY-MM-DD`. */
  today: string;
  /** The moment of filing, which is the truck's arrival. */
  now: Date;
}

type FilingValue = Record<string, unknown>;

function prefixed(prefix: string, issues: FilingIssue[]): FilingIssue[] {
  return issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] }));
}

/** Checks the cargo schema and dates. The truck is at the gate, so its arrival is now and, as in the API, never "in the past". */
function declarationIssues(value: FilingValue, now: Date): FilingIssue[] {
  const withArrival = { ...value, plannedArrivalAt: now.toISOString() };
  const parsed = CargoDeclaration.safeParse(withArrival);
  const findings = cargoDateFindings(withArrival as unknown as CargoDates, now).map((finding) => ({
    path: finding.path,
    key: finding.code,
    ...(finding.params ? { params: finding.params } : {}),
  }));
  return [...(parsed.success ? [] : schemaIssues(parsed.error.issues)), ...findings].filter(
    (issue) => issue.path[0] !== 'plannedArrivalAt',
  );
}

/** Checks that no quantity has more decimals than its unit allows, such as none for pieces. */
function quantityIssues(
  lines: readonly Record<string, unknown>[],
  units: readonly GoodsUnit[],
): FilingIssue[] {
  return lines.flatMap((line, index) => {
    const unit = units.find((candidate) => candidate.code === line['unitCode']);
    const quantity = typeof line['quantity'] === 'string' ? parseDecimal(line['quantity']) : null;
    const issue = unit && quantity ? checkQuantityDecimals(quantity.toFixed(), unit.decimals) : null;
    return issue ? [{ path: ['goodsLines', index, 'quantity'], key: issue.code, params: issue.params }] : [];
  });
}

function unsightedIssues(value: FilingValue, required: readonly AttachmentType[]): FilingIssue[] {
  const sighted = new Set(value['documentsSighted'] as AttachmentType[]);
  return required
    .filter((type) => !sighted.has(type))
    .map((type) => ({ path: ['documentsSighted', type], key: 'documentNotSighted' }));
}

/**
 * Lists the problems of a truck's filing that the browser can find, with the checks the API
 * runs at the counter: the cargo schema and date rules, the company, the contact, the crew's
 * document rules, the units' decimals and the paper documents the rules require. The API checks
 * the rest, such as whether an HS code exists.
 */
export function findCargoFilingIssues(value: FilingValue, sources: CargoCheckSources): FilingIssue[] {
  const company = CounterCompany.safeParse(value['company'] ?? {});
  const contact = ContactFields.safeParse(value);
  const rulesByType = new Map(sources.documentTypes.map((rules) => [rules.code, rules]));
  const documents = checkDeclarationDocuments(
    { ...(value as unknown as DocumentRuleDeclaration), plannedCrossingDate: sources.today },
    rulesByType,
    { gate: sources.gate, today: sources.today },
  );

  return firstIssuePerField([
    ...declarationIssues(value, sources.now),
    ...(company.success ? [] : prefixed('company', schemaIssues(company.error.issues))),
    ...(contact.success ? [] : schemaIssues(contact.error.issues)),
    ...documents.errors.map((finding) => ({ path: finding.path, key: finding.code, params: finding.params })),
    ...quantityIssues(value['goodsLines'] as Record<string, unknown>[], sources.units),
    ...unsightedIssues(value, sources.requiredDocuments),
  ]);
}
