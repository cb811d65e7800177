import { AuditSearchQuery, AuditTrailPage, RecordTrailQuery } from '@smartgate/shared-models';
import type { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Response bodies of the audit trail routes. */
export const AUDIT_TRAIL_RESPONSE_SCHEMAS = {
  AuditTrailPage,
} satisfies Record<string, z.ZodType>;

/** A declaration's trail for supervisors and the administrators' search of the whole trail. */
export const AUDIT_TRAIL_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/officer/declarations/{id}/trail',
    tag: 'officer',
    summary:
      "Page through a declaration's audit entries, newest first (supervisors and administrators; audited)",
    session: 'officer',
    pathId: true,
    query: RecordTrailQuery,
    success: {
      status: 200,
      schema: 'AuditTrailPage',
      description: 'Entries with times in UTC and the gate time zone',
    },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/officer/admin/audit-log',
    tag: 'officer',
    summary:
      'Search the whole audit trail by officer, action, record id or reference code, local days and IP (administrators; audited)',
    session: 'officer',
    query: AuditSearchQuery,
    success: { status: 200, schema: 'AuditTrailPage', description: 'Matching entries, newest first' },
    errors: [400, 401, 403],
  },
];
