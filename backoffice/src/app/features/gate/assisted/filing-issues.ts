import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import {
  AssistedFilingRequest,
  CrossingDeclaration,
  checkDeclarationDocuments,
  displayDateOnly,
  fieldPathSegments,
  isValidDateOnly,
  issueMessageKey,
  type DocumentRuleDeclaration,
  type DocumentTypeRules,
  type FieldError,
  type Gate,
} from '@smartgate/shared-models';
import type { z } from 'zod';

/** A problem of one field: its path in the filing, a validation message key and the message's other placeholders. */
export interface FilingIssue {
  path: (string | number)[];
  key: string;
  params?: Readonly<Record<string, string>>;
}

/** The reference data that the checks read besides the form. */
export interface FilingCheckSources {
  documentTypes: readonly DocumentTypeRules[];
  gate: Gate | undefined;
  /** Today at the gate, `YYYY-MM-DD`. */
  today: string;
}

export const ContactFields = AssistedFilingRequest.pick({ email: true, preferredLanguage: true });

function stringParams(params: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
}

/** Converts a schema's issues, with the parameters of custom issues such as `{date}`. */
export function schemaIssues(issues: readonly z.core.$ZodIssue[]): FilingIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((segment) => typeof segment !== 'symbol'),
    key: issueMessageKey(issue),
    ...(issue.code === 'custom' && issue.params ? { params: stringParams(issue.params) } : {}),
  }));
}

/** Keeps the first issue of each field, because a field shows one message. */
export function firstIssuePerField(issues: readonly FilingIssue[]): FilingIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const field = issue.path.join('.');
    if (seen.has(field)) {
      return false;
    }
    seen.add(field);
    return true;
  });
}

/** Reports a date after today with the API's message, whose window is today alone for a filing at the counter. */
function windowIssues(plannedCrossingDate: unknown, today: string): FilingIssue[] {
  if (typeof plannedCrossingDate !== 'string' || !isValidDateOnly(plannedCrossingDate)) {
    return [];
  }
  if (plannedCrossingDate <= today) {
    return [];
  }
  const day = displayDateOnly(plannedCrossingDate);
  return [
    { path: ['plannedCrossingDate'], key: 'outsideSubmissionWindow', params: { from: day, until: day } },
  ];
}

/**
 * Lists the problems of a filing that the browser can find, with the checks the API runs at
 * submission: the declaration schema, the contact, the window of a filing at the counter and
 * the rules of each traveller's document type. The API checks the rest, such as the reference data.
 */
export function findFilingIssues(value: Record<string, unknown>, sources: FilingCheckSources): FilingIssue[] {
  const declaration = CrossingDeclaration.safeParse(value);
  const contact = ContactFields.safeParse(value);
  const rulesByType = new Map(sources.documentTypes.map((rules) => [rules.code, rules]));
  const documents = checkDeclarationDocuments(value as unknown as DocumentRuleDeclaration, rulesByType, {
    gate: sources.gate,
    today: sources.today,
  });

  return firstIssuePerField([
    ...(declaration.success ? [] : schemaIssues(declaration.error.issues)),
    ...(contact.success ? [] : schemaIssues(contact.error.issues)),
    ...windowIssues(value['plannedCrossingDate'], sources.today),
    ...documents.errors.map((finding) => ({ path: finding.path, key: finding.code, params: finding.params })),
  ]);
}

/** Converts the field errors of an API problem, whose paths are dotted, such as `travellers.0.fullName`. */
export function issuesFromProblem(errors: readonly FieldError[]): FilingIssue[] {
  return errors.map((error) => ({
    path: fieldPathSegments(error.path),
    key: error.code,
    ...(error.params ? { params: error.params } : {}),
  }));
}

/**
 * Moves the API's issues of a portrait, such as `photos.0.uploadId` when the upload has been
 * swept away, onto the photo field of the traveller that the portrait belongs to.
 */
export function photoIssuesOnTravellers(
  issues: readonly FilingIssue[],
  photos: readonly { position: number }[],
): FilingIssue[] {
  return issues.map((issue) => {
    const [field, index] = issue.path;
    const photo = field === 'photos' && typeof index === 'number' ? photos[index] : undefined;
    return photo ? { ...issue, path: ['travellers', photo.position, 'photo'] } : issue;
  });
}

/** Removes every error that `placeIssues` put on the form's controls. */
export function clearIssues(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((child: AbstractControl) => clearIssues(child));
  }
  control.setErrors(null);
}

/**
 * Puts each issue on the control at its path, keyed by its message key with its placeholders
 * as the value, and marks the control touched so Material shows it. Returns the issues that
 * name no field of the form, such as a list that is too long, for a message of their own.
 */
export function placeIssues(form: FormGroup, issues: readonly FilingIssue[]): FilingIssue[] {
  const unplaced: FilingIssue[] = [];

  for (const issue of issues) {
    const control = issue.path.length > 0 ? form.get(issue.path) : null;
    if (!(control instanceof FormControl)) {
      unplaced.push(issue);
      continue;
    }
    if (!control.errors) {
      control.setErrors({ [issue.key]: issue.params ?? true });
    }
    control.markAsTouched();
  }
  return unplaced;
}
