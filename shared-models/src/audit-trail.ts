import { z } from 'zod';

import { DateOnly } from './date-only';
import { PageQuery } from './declaration-view';
import { isReferenceCode, normalizeReferenceCode } from './reference-code';
import { normalizeText } from './text';

/** Author of an audit entry: an officer, an applicant, or the system (jobs, the gate cameras). */
export const AuditActorType = z.enum(['officer', 'applicant', 'system']);
export type AuditActorType = z.infer<typeof AuditActorType>;

/**
 * The actions that the audit trail records, grouped as the administrators' search lists them.
 * Screens translate each under `audit.actions`, with its dots written as underscores.
 */
export const AUDIT_ACTIONS = [
  'declaration.viewed',
  'declaration.list.viewed',
  'declaration.trail.viewed',
  'declaration.screening.viewed',
  'declaration.assigned',
  'declaration.released',
  'declaration.taken_over',
  'declaration.approved',
  'declaration.bulk_approval',
  'declaration.rejected',
  'declaration.changes_requested',
  'declaration.filed_at_counter',
  'declaration.counter_filing.filed',
  'declaration.counter_filing.replayed',
  'traveller.photo.viewed',
  'cargo.attachment.viewed',
  'result.pdf.viewed',
  'result.retried',
  'result.revoked',
  'gate.lookup',
  'gate.crossing.recorded',
  'gate.traveller.refused',
  'camera.key.issued',
  'camera.key.revoked',
  'watchlist.listed',
  'watchlist.entry.added',
  'watchlist.entry.deactivated',
  'watchlist.imported',
  'reason_template.created',
  'reason_template.updated',
  'reason_template.reordered',
  'reference.document_type.updated',
  'reference.attachment_rule.created',
  'reference.attachment_rule.updated',
  'reference.hs_code.control_changed',
  'officer.created',
  'officer.updated',
  'officer.disabled',
  'officer.enabled',
  'officer.locked',
  'officer.unlocked',
  'officer.password.changed',
  'officer.password.reset',
  'officer.totp.enrolled',
  'officer.totp.changed',
  'officer.totp.reset',
  'officer.sign-in.succeeded',
  'officer.sign-in.failed',
  'officer.signed-out',
  'officer.session.ended',
  'officer.session.expired',
  'audit_log.searched',
] as const;

/** One audit entry as officers read it. `at` is ISO 8601 in UTC, and screens show it in the gate's time zone too. */
export const AuditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  actorType: AuditActorType,
  actorId: z.string().nullable(),
  /** The officer's full name, or null for applicants and the system. */
  officerName: z.string().nullable(),
  officerUsername: z.string().nullable(),
  /** Stable action name such as `declaration.approved`. */
  action: z.string(),
  declarationId: z.string().nullable(),
  referenceCode: z.string().nullable(),
  /** Client address of the request, or null for actions of the system. */
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

/** A page of audit entries, newest first, with the IANA time zone to show local times in. */
export const AuditTrailPage = z.object({
  items: z.array(AuditEntryView),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  timeZone: z.string(),
});
export type AuditTrailPage = z.infer<typeof AuditTrailPage>;

/** The query of a declaration's trail: paging only. */
export const RecordTrailQuery = PageQuery;
export type RecordTrailQuery = z.infer<typeof RecordTrailQuery>;

/** Maximum length of a text filter of the audit search, in characters. */
export const MAX_AUDIT_FILTER_LENGTH = 64;

/** An optional text filter: trimmed and NFC-normalized, where an empty string means absent. */
function optionalFilter(pattern: RegExp) {
  return z
    .string({ error: 'invalidType' })
    .transform(normalizeText)
    .pipe(z.string().max(MAX_AUDIT_FILTER_LENGTH, { error: 'tooLong' }))
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || pattern.test(value), { error: 'invalid' })
    .optional();
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tells whether the audit search's `record` filter names a declaration id rather than a reference code. */
export function isDeclarationIdFilter(record: string): boolean {
  return UUID_PATTERN.test(record);
}

/** A declaration named by its id (UUID) or by its reference code as a person types it. */
const RecordFilter = z
  .string({ error: 'invalidType' })
  .transform(normalizeText)
  .pipe(z.string().max(MAX_AUDIT_FILTER_LENGTH, { error: 'tooLong' }))
  .transform((value) => {
    if (value === '') {
      return undefined;
    }
    return UUID_PATTERN.test(value) ? value.toLowerCase() : normalizeReferenceCode(value);
  })
  .refine((value) => value === undefined || UUID_PATTERN.test(value) || isReferenceCode(value), {
    error: 'invalidReferenceCode',
  })
  .optional();

/**
 * The administrators' search of the whole audit trail. `from` and `to` are local days at the
 * gates (Asia/Ho_Chi_Minh), both included. `record` is a declaration id or reference code.
 */
export const AuditSearchQuery = PageQuery.extend({
  officerId: z.uuid({ error: 'invalid' }).optional(),
  action: optionalFilter(/^[a-z_.-]+$/),
  record: RecordFilter,
  ip: optionalFilter(/^[0-9a-fA-F:.]+$/),
  from: DateOnly.optional(),
  to: DateOnly.optional(),
}).refine((query) => !query.from || !query.to || query.from <= query.to, {
  path: ['to'],
  error: 'dateBeforeStart',
});
export type AuditSearchQuery = z.infer<typeof AuditSearchQuery>;
