import type {
  ChangeRequestDecision,
  ReasonKind,
  ReasonTemplate,
  RejectionDecision,
} from '@smartgate/shared-models';
import { QueryTypes, type Transaction } from 'sequelize';

import { ValidationError, type FieldIssue } from '../../lib/errors';
import { sequelizeOf } from '../../lib/transaction-sequelize';
import type { NewFieldComment } from '../change-requests/change-requests.repository';
import { findReasonTemplates } from './reason-templates.repository';

/** A rejection whose reason is the text the applicant reads, with the template it started from. */
export interface ComposedRejection {
  version: number;
  reason: string;
  reasonTemplateId: string | null;
}

/** A change request whose comments are the texts the applicant reads, with their templates. */
export interface ComposedChangeRequest {
  version: number;
  comment?: string;
  reasonTemplateId: string | null;
  fieldComments: NewFieldComment[];
}

/** Returns the template text for the applicant: Vietnamese, or English for applicants reading English or Khmer. */
function templateText(template: ReasonTemplate, language: string): string {
  return language === 'vi' ? template.textVi : template.textEn;
}

/** Joins the template text and the officer's free text into one reason, the template first. */
function joinReason(templatePart: string | undefined, freeText: string | undefined): string {
  return [templatePart, freeText].filter((part) => part !== undefined).join(' ');
}

/** Reads the language of the declaration's e-mails: the applicant's, or the one given at the counter. */
async function applicantLanguage(transaction: Transaction, declarationId: string): Promise<string> {
  const [row] = await sequelizeOf(transaction).query<{ language: string | null }>(
    `SELECT COALESCE(a.preferred_language, d.contact_language) AS language
       FROM declarations d
       LEFT JOIN applicants a ON a.id = d.applicant_id
      WHERE d.id = $1`,
    { bind: [declarationId], transaction, type: QueryTypes.SELECT },
  );
  return row?.language ?? 'vi';
}

/**
 * Loads the picked templates and checks each one: it must exist, be active and be of the
 * decision's kind. Every invalid pick is listed under its own path, as a 422.
 */
async function loadPickedTemplates(
  transaction: Transaction,
  reasonKind: ReasonKind,
  picks: { path: (string | number)[]; templateId: string | undefined }[],
): Promise<Map<string, ReasonTemplate>> {
  const ids = picks.flatMap((pick) => (pick.templateId ? [pick.templateId] : []));
  const templates = ids.length > 0 ? await findReasonTemplates(transaction, ids) : new Map();

  const issues: FieldIssue[] = [];
  for (const pick of picks) {
    const template = pick.templateId ? templates.get(pick.templateId) : undefined;
    if (pick.templateId && !(template?.active && template.reasonKind === reasonKind)) {
      issues.push({ path: pick.path, code: 'invalidOption' });
    }
  }
  if (issues.length > 0) {
    throw new ValidationError(issues, 422, 'invalidRequest');
  }
  return templates;
}

/** Builds the rejection reason the applicant reads from the picked template and the free text. */
export async function composeRejection(
  transaction: Transaction,
  declarationId: string,
  decision: RejectionDecision,
): Promise<ComposedRejection> {
  const picks = [{ path: ['templateId'], templateId: decision.templateId }];
  const templates = await loadPickedTemplates(transaction, 'rejection', picks);
  const language = await applicantLanguage(transaction, declarationId);

  const template = decision.templateId ? templates.get(decision.templateId) : undefined;
  return {
    version: decision.version,
    reason: joinReason(template && templateText(template, language), decision.reason),
    reasonTemplateId: template?.id ?? null,
  };
}

/** Builds the general comment and each field comment the applicant reads from templates and free text. */
export async function composeChangeRequest(
  transaction: Transaction,
  declarationId: string,
  decision: ChangeRequestDecision,
): Promise<ComposedChangeRequest> {
  const picks = [
    { path: ['templateId'], templateId: decision.templateId },
    ...decision.fieldComments.map((fieldComment, index) => ({
      path: ['fieldComments', index, 'templateId'],
      templateId: fieldComment.templateId,
    })),
  ];
  const templates = await loadPickedTemplates(transaction, 'change_request', picks);
  const language = await applicantLanguage(transaction, declarationId);
  const textOf = (templateId: string | undefined) => {
    const template = templateId ? templates.get(templateId) : undefined;
    return template && templateText(template, language);
  };

  const generalTemplate = textOf(decision.templateId);
  const comment =
    generalTemplate || decision.comment ? joinReason(generalTemplate, decision.comment) : undefined;
  return {
    version: decision.version,
    comment,
    reasonTemplateId: decision.templateId ?? null,
    fieldComments: decision.fieldComments.map((fieldComment) => ({
      field: fieldComment.field,
      comment: joinReason(textOf(fieldComment.templateId), fieldComment.comment),
      reasonTemplateId: fieldComment.templateId ?? null,
    })),
  };
}
