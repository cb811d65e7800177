import {
  CargoDeclaration,
  arrivalLocalDate,
  cargoDateFindings,
  checkQuantityDecimals,
  type CargoDeclarationDraft,
} from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import type { FieldIssue } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';
import { requiredAttachmentTypes } from '../cargo-attachments/attachment-rules';
import { checkDocumentRulesOf } from '../declarations/document-rule-checks';
import { formatGateTime } from '../notifications/notice-layout';
import { isActiveGate } from '../reference/reference.repository';
import { missingPhotoIssues } from '../traveller-photos/photo-requirement-check';
import { findCargoLeadTime, findHsCodes, findUnitDecimals } from './cargo-reference.repository';

/**
 * Checks each goods line's HS code and unit against the reference data: the code exists, is an
 * 8-digit line and is not prohibited; the unit exists and the quantity has no more decimals than
 * it allows. Draft saves run it too, so that no line names a code the database lacks.
 */
export async function goodsReferenceIssues(
  sequelize: Sequelize,
  lines: CargoDeclarationDraft['goodsLines'],
  transaction?: Transaction,
): Promise<FieldIssue[]> {
  const hsCodes = await findHsCodes(
    sequelize,
    lines.flatMap((line) => line.hsCode ?? []),
    transaction,
  );
  const units = await findUnitDecimals(
    sequelize,
    lines.flatMap((line) => line.unitCode ?? []),
    transaction,
  );
  const issues: FieldIssue[] = [];

  lines.forEach((line, index) => {
    if (line.hsCode) {
      const known = hsCodes.get(line.hsCode);
      const code = !known
        ? 'unknownHsCode'
        : known.control === 'prohibited'
          ? 'hsCodeProhibited'
          : known.selectable
            ? null
            : 'hsCodeNotSelectable';
      if (code) {
        issues.push({ path: ['goodsLines', index, 'hsCode'], code });
      }
    }

    if (line.unitCode) {
      const decimals = units.get(line.unitCode);
      if (decimals === undefined) {
        issues.push({ path: ['goodsLines', index, 'unitCode'], code: 'unknownUnit' });
      } else if (line.quantity) {
        const finding = checkQuantityDecimals(line.quantity, decimals);
        if (finding) {
          issues.push({ path: ['goodsLines', index, 'quantity'], ...finding });
        }
      }
    }
  });
  return issues;
}

/**
 * Checks that the declaration is submitted at least the gate's `cargo_submission_lead_minutes`
 * before the planned arrival. The issue names the latest allowed submission time in the gate's
 * time zone, so the applicant can tell how late they are.
 */
async function leadTimeIssues(
  sequelize: Sequelize,
  draft: CargoDeclarationDraft,
  transaction: Transaction,
  now: Date,
): Promise<FieldIssue[]> {
  if (!draft.gateCode || !draft.plannedArrivalAt) {
    return [];
  }
  const gate = await findCargoLeadTime(sequelize, draft.gateCode, transaction);
  const arrival = new Date(draft.plannedArrivalAt);
  if (!gate || arrival <= now) {
    return [];
  }

  const latest = new Date(arrival.getTime() - gate.leadMinutes * 60_000);
  if (now <= latest) {
    return [];
  }
  return [
    {
      path: ['plannedArrivalAt'],
      code: 'cargoSubmissionTooLate',
      params: { minutes: String(gate.leadMinutes), latest: formatGateTime(latest, gate.timeZone) },
    },
  ];
}

function withoutDuplicates(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path.join('.')}|${issue.code}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/**
 * Lists every reason a stored cargo draft cannot be submitted: the complete schema, the date
 * rules (arrival, transport licence, documents) on their own, the gate, the HS codes and units,
 * the gate's lead time, the document rules of the driver and crew as for travellers, their
 * required portrait photos, and the attachments that the rules require. An empty list means the
 * declaration is complete.
 */
export async function findCargoSubmissionIssues(
  sequelize: Sequelize,
  declaration: { id: string; direction: string | null },
  draft: CargoDeclarationDraft,
  transaction: Transaction,
  now: Date = new Date(),
): Promise<FieldIssue[]> {
  const parsed = CargoDeclaration.safeParse(draft);
  const schemaIssues = parsed.success ? [] : fieldIssues(parsed.error.issues);
  const gateIssues: FieldIssue[] =
    draft.gateCode && !(await isActiveGate(draft.gateCode, transaction))
      ? [{ path: ['gateCode'], code: 'unknownGate' }]
      : [];
  const crossingDate = draft.plannedArrivalAt ? arrivalLocalDate(draft.plannedArrivalAt) : undefined;
  const documents = await checkDocumentRulesOf(
    {
      gateCode: draft.gateCode,
      plannedCrossingDate: crossingDate,
      travellers: draft.travellers,
    },
    transaction,
  );
  const missingAttachments = await requiredAttachmentTypes(declaration, transaction);

  return withoutDuplicates([
    ...schemaIssues,
    ...cargoDateFindings(draft, now),
    ...gateIssues,
    ...(await goodsReferenceIssues(sequelize, draft.goodsLines, transaction)),
    ...(await leadTimeIssues(sequelize, draft, transaction, now)),
    ...documents.errors,
    ...(await missingPhotoIssues(declaration.id, transaction)),
    ...missingAttachments.map((type) => ({ path: ['attachments', type], code: 'attachmentRequired' })),
  ]);
}
