import { createHash } from 'node:crypto';

import {
  AssistedFilingRequest,
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKey,
  type CrossingDeclarationDraft,
  type Language,
} from '@smartgate/shared-models';
import type { Request } from 'express';

import { ValidationError, type FieldIssue } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';

/** The contact that a traveller left at the counter for the notices; both parts are optional. */
export interface CounterContact {
  email: string | null;
  preferredLanguage: Language | null;
}

/** A parsed filing at the counter: its idempotency key, the declaration's fields and the contact. */
export interface AssistedFiling {
  idempotencyKey: string;
  draft: CrossingDeclarationDraft;
  contact: CounterContact;
  /** Hex SHA-256 of the parsed declaration and contact, to tell a repeated request from a reused key. */
  requestSha256: string;
}

function idempotencyKeyIssues(value: string | undefined): FieldIssue[] {
  if (value === undefined || value.trim() === '') {
    return [{ path: [IDEMPOTENCY_KEY_HEADER], code: 'required' }];
  }
  return IdempotencyKey.safeParse(value.trim()).success
    ? []
    : [{ path: [IDEMPOTENCY_KEY_HEADER], code: 'invalid' }];
}

/**
 * Reads a filing at the counter from the `Idempotency-Key` header and the JSON body. Every
 * malformed field is listed in one 422, as a portal submission lists them. A missing field is
 * left to the submission checks, which report it with the rest.
 */
export function parseAssistedFiling(request: Request): AssistedFiling {
  const header = request.get(IDEMPOTENCY_KEY_HEADER);
  const parsed = AssistedFilingRequest.safeParse(request.body);

  const issues = [
    ...idempotencyKeyIssues(header),
    ...(parsed.success ? [] : fieldIssues(parsed.error.issues)),
  ];
  if (issues.length > 0 || !parsed.success) {
    throw new ValidationError(issues, 422);
  }

  const { email, preferredLanguage, ...draft } = parsed.data;
  const contact = { email: email ?? null, preferredLanguage: preferredLanguage ?? null };
  return {
    idempotencyKey: header!.trim().toLowerCase(),
    draft,
    contact,
    requestSha256: createHash('sha256').update(JSON.stringify({ draft, contact })).digest('hex'),
  };
}
