import { HsCodeAdminQuery, HsCodeControlUpdate, HsCodeOption } from '@smartgate/shared-models';
import type { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request body of the HS code administration. */
export const HS_CODE_ADMIN_REQUEST_SCHEMAS = { HsCodeControlUpdate } satisfies Record<string, z.ZodType>;

/** Response body of a changed HS code. */
export const HS_CODE_ADMIN_RESPONSE_SCHEMAS = { HsCodeOption } satisfies Record<string, z.ZodType>;

const ADMIN_HS_CODES = '/api/officer/reference/hs-codes';

/** The administrator's view of the HS code list and its controls. */
export const HS_CODE_ADMIN_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: ADMIN_HS_CODES,
    tag: 'officer',
    summary:
      'List the HS codes under a control (`controlled=true`), or search them as the public search does ' +
      '(administrators)',
    session: 'officer',
    query: HsCodeAdminQuery,
    success: { status: 200, schema: 'HsCodeOptionList', description: 'Matching codes in code order' },
    errors: [400, 401, 403],
  },
  {
    method: 'put',
    path: `${ADMIN_HS_CODES}/{code}/control`,
    tag: 'officer',
    summary:
      'Set an HS code’s control (prohibited, licence required or none) when it still has `expectedHsControl`, ' +
      'the control the administrator saw; 409 otherwise (administrators, audited)',
    session: 'officer',
    body: 'HsCodeControlUpdate',
    success: { status: 200, schema: 'HsCodeOption', description: 'The code with its new control' },
    errors: [400, 401, 403, 404, 409],
  },
];
