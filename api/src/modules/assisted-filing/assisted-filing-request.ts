import { createHash } from 'node:crypto';

import {
  AssistedCargoFilingRequest,
  AssistedFilingRequest,
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKey,
  type AttachmentType,
  type CargoDeclarationDraft,
  type CounterCompanyDraft,
  type CounterPhotoRef,
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

/** What every filing at the counter carries besides the declaration's fields. */
interface CounterFilingBase {
  idempotencyKey: string;
  contact: CounterContact;
  /** Portraits uploaded at the counter beforehand, by traveller position. */
  photos: CounterPhotoRef[];
  /** Hex SHA-256 of the parsed request, to tell a repeated request from a reused key. */
  requestSha256: string;
}

/** A parsed filing of travellers at the counter. */
export interface AssistedTravelFiling extends CounterFilingBase {
  kind: 'travel';
  draft: CrossingDeclarationDraft;
}

/** A parsed filing of a truck at the counter; its planned arrival is the moment of filing. */
export interface AssistedCargoFiling extends CounterFilingBase {
  kind: 'cargo';
  draft: Omit<CargoDeclarationDraft, 'plannedArrivalAt'>;
  company: CounterCompanyDraft | undefined;
  documentsSighted: AttachmentType[];
}

/** A parsed filing at the counter: its idempotency key, the declaration's fields and the counter's additions. */
export type AssistedFiling = AssistedTravelFiling | AssistedCargoFiling;

function idempotencyKeyIssues(value: string | undefined): FieldIssue[] {
  if (value === undefined || value.trim() === '') {
    return [{ path: [IDEMPOTENCY_KEY_HEADER], code: 'required' }];
  }
  return IdempotencyKey.safeParse(value.trim()).success
    ? []
    : [{ path: [IDEMPOTENCY_KEY_HEADER], code: 'invalid' }];
}

function sha256Of(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Parses the body as a truck's filing when `kind` is `cargo`, and as travellers' otherwise. */
function parseBody(body: unknown) {
  const isCargo = typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'cargo';
  return isCargo
    ? { kind: 'cargo' as const, parsed: AssistedCargoFilingRequest.safeParse(body) }
    : { kind: 'travel' as const, parsed: AssistedFilingRequest.safeParse(body) };
}

/**
 * Reads a filing at the counter from the `Idempotency-Key` header and the JSON body. Every
 * malformed field is listed in one 422, as a portal submission lists them. A missing field is
 * left to the submission checks, which report it with the rest.
 */
export function parseAssistedFiling(request: Request): AssistedFiling {
  const header = request.get(IDEMPOTENCY_KEY_HEADER);
  const body = parseBody(request.body);

  const issues = [
    ...idempotencyKeyIssues(header),
    ...(body.parsed.success ? [] : fieldIssues(body.parsed.error.issues)),
  ];
  if (issues.length > 0 || !body.parsed.success) {
    throw new ValidationError(issues, 422);
  }

  const idempotencyKey = header!.trim().toLowerCase();
  if (body.kind === 'cargo') {
    const {
      kind: _kind,
      email,
      preferredLanguage,
      photos,
      company,
      documentsSighted,
      ...draft
    } = body.parsed.data as AssistedCargoFilingRequest;
    const contact = { email: email ?? null, preferredLanguage: preferredLanguage ?? null };
    return {
      kind: 'cargo',
      idempotencyKey,
      draft,
      company,
      documentsSighted,
      contact,
      photos,
      requestSha256: sha256Of({ kind: 'cargo', draft, company, documentsSighted, contact, photos }),
    };
  }

  const {
    kind: _kind,
    email,
    preferredLanguage,
    photos,
    ...draft
  } = body.parsed.data as AssistedFilingRequest;
  const contact = { email: email ?? null, preferredLanguage: preferredLanguage ?? null };
  return {
    kind: 'travel',
    idempotencyKey,
    draft,
    contact,
    photos,
    // Without photos the hash is the one that filings stored before photos existed.
    requestSha256: sha256Of(photos.length > 0 ? { draft, contact, photos } : { draft, contact }),
  };
}
