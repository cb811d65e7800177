import { CounterCompany, arrivalLocalDate, type CargoDeclarationDraft } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import type { FieldIssue } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';
import { applicableAttachmentTypes } from '../cargo-attachments/attachment-rules';
import { AttachmentRuleModel } from '../cargo-attachments/cargo-attachments.models';
import { findHsCodes } from '../cargo-declarations/cargo-reference.repository';
import { findCargoSubmissionIssues } from '../cargo-declarations/cargo-submission-check';
import type { AssistedCargoFiling } from './assisted-filing-request';

/**
 * Builds the cargo draft of a truck filed at the counter: the truck is at the gate, so its
 * planned arrival is the moment of filing.
 */
export function counterCargoDraft(filing: AssistedCargoFiling, now: Date): CargoDeclarationDraft {
  return { ...filing.draft, plannedArrivalAt: now.toISOString() };
}

/** Returns the local crossing date of a truck filed at the counter. */
export function counterCrossingDate(now: Date): string {
  return arrivalLocalDate(now.toISOString());
}

/**
 * Tells whether a portal submission issue does not apply at the counter: the arrival set to
 * the moment of filing is not "in the past", and attachments are replaced by the paper
 * documents that the officer checks.
 */
function appliesAtCounter(issue: FieldIssue): boolean {
  const [field] = issue.path;
  if (field === 'attachments') {
    return false;
  }
  return !(field === 'plannedArrivalAt' && issue.code === 'dateInPast');
}

function companyIssues(company: AssistedCargoFiling['company']): FieldIssue[] {
  const parsed = CounterCompany.safeParse(company ?? {});
  if (parsed.success) {
    return [];
  }
  return fieldIssues(parsed.error.issues).map((issue) => ({ ...issue, path: ['company', ...issue.path] }));
}

/**
 * Lists every reason a truck's filing at the counter cannot be submitted: the portal's cargo
 * checks (schema, dates, gate, HS codes and units, the crew's document rules), the declaring
 * company, and the paper documents the rules require. The submission lead time is not checked,
 * because the truck is already here. `id` is the new declaration's id, not stored yet.
 */
export async function counterCargoIssues(
  sequelize: Sequelize,
  filing: AssistedCargoFiling & { id: string; draft: CargoDeclarationDraft },
  transaction: Transaction,
  now: Date,
): Promise<FieldIssue[]> {
  const { id, draft } = filing;
  const portalIssues = await findCargoSubmissionIssues(
    sequelize,
    { id, direction: draft.direction ?? null },
    draft,
    transaction,
    now,
  );
  return [
    ...portalIssues.filter(appliesAtCounter),
    ...companyIssues(filing.company),
    ...(await documentIssues(sequelize, filing, transaction)),
  ];
}

/**
 * Lists each document type that the attachment rules require for the filing's direction and
 * goods lines, such as the phytosanitary certificate of an import of plant products, and that
 * the officer has not ticked as checked on paper.
 */
async function documentIssues(
  sequelize: Sequelize,
  filing: Pick<AssistedCargoFiling, 'draft' | 'documentsSighted'>,
  transaction: Transaction,
): Promise<FieldIssue[]> {
  const rules = await AttachmentRuleModel.findAll({ where: { active: true }, transaction });
  const codes = filing.draft.goodsLines.flatMap((line) => line.hsCode ?? []);
  const hsCodes = await findHsCodes(sequelize, codes, transaction);
  const lines = codes.map((code) => ({
    chapter: code.slice(0, 2),
    control: hsCodes.get(code)?.control ?? null,
  }));

  const sighted = new Set<string>(filing.documentsSighted);
  return applicableAttachmentTypes(rules, filing.draft.direction ?? null, lines)
    .filter((type) => !sighted.has(type))
    .map((type) => ({ path: ['documentsSighted', type], code: 'documentNotSighted' }));
}
