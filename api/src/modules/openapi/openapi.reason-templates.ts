import {
  ReasonTemplate,
  ReasonTemplateCreation,
  ReasonTemplateOrder,
  ReasonTemplateQuery,
  ReasonTemplateUpdate,
} from '@smartgate/shared-models';
import { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of the reason template administration. */
export const REASON_TEMPLATE_REQUEST_SCHEMAS = {
  ReasonTemplateCreation,
  ReasonTemplateUpdate,
  ReasonTemplateOrder,
} satisfies Record<string, z.ZodType>;

/** Response bodies of the reason template routes. */
export const REASON_TEMPLATE_RESPONSE_SCHEMAS = {
  ReasonTemplate,
  ReasonTemplateList: z.array(ReasonTemplate),
} satisfies Record<string, z.ZodType>;

const ADMIN = '/api/officer/admin/reason-templates';

/** The reason templates offered in the decision dialogs and their administration. */
export const REASON_TEMPLATE_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/officer/reason-templates',
    tag: 'officer',
    summary: 'List the active reason templates of a kind, in order (reviewers, supervisors, administrators)',
    session: 'officer',
    query: ReasonTemplateQuery,
    success: { status: 200, schema: 'ReasonTemplateList', description: 'Active templates, first to last' },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: ADMIN,
    tag: 'officer',
    summary: 'List every reason template, deactivated ones included (administrators)',
    session: 'officer',
    success: {
      status: 200,
      schema: 'ReasonTemplateList',
      description: 'Rejection templates first, each kind in order',
    },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: ADMIN,
    tag: 'officer',
    summary: 'Add a reason template at the end of its kind (administrators; audited)',
    session: 'officer',
    body: 'ReasonTemplateCreation',
    success: { status: 201, schema: 'ReasonTemplate', description: 'The new template' },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'put',
    path: `${ADMIN}/order`,
    tag: 'officer',
    summary: 'Reorder every template of a kind (administrators; audited)',
    session: 'officer',
    body: 'ReasonTemplateOrder',
    success: { status: 200, schema: 'ReasonTemplateList', description: 'Every template in the new order' },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'put',
    path: `${ADMIN}/{id}`,
    tag: 'officer',
    summary: "Edit a reason template's texts or deactivate it (administrators; audited)",
    session: 'officer',
    pathId: true,
    body: 'ReasonTemplateUpdate',
    success: { status: 200, schema: 'ReasonTemplate', description: 'The template after the change' },
    errors: [400, 401, 403, 404, 409],
  },
];
