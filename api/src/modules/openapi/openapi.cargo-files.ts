import {
  AttachmentRule,
  AttachmentRuleInput,
  AttachmentRuleUpdate,
  CargoAttachment,
  GoodsImportResult,
} from '@smartgate/shared-models';
import { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of the attachment rule administration. */
export const CARGO_FILE_REQUEST_SCHEMAS = {
  AttachmentRuleInput,
  AttachmentRuleUpdate,
} satisfies Record<string, z.ZodType>;

/** Response bodies of the goods import, attachment and attachment rule endpoints. */
export const CARGO_FILE_RESPONSE_SCHEMAS = {
  GoodsImportResult,
  CargoAttachment,
  CargoAttachmentList: z.array(CargoAttachment),
  AttachmentRule,
  AttachmentRuleList: z.array(AttachmentRule),
} satisfies Record<string, z.ZodType>;

const CARGO_DECLARATION = '/api/applicant/businesses/{businessId}/cargo-declarations/{id}';
const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ADMIN_RULES = '/api/officer/reference/attachment-rules';

/** Query of the goods import: `apply=true` with the draft's `version` replaces its goods lines. */
const GoodsImportQuery = z.object({
  apply: z.enum(['true', 'false']).optional(),
  version: z.string().optional(),
});

/** Query of the template downloads: the header language, else Accept-Language. */
const TemplateQuery = z.object({ lang: z.enum(['vi', 'en']).optional() });

/** The goods import, its templates, cargo attachments and the attachment rules. */
export const CARGO_FILE_OPERATIONS: OperationSpec[] = [
  {
    method: 'post',
    path: `${CARGO_DECLARATION}/goods-import`,
    tag: 'applicant',
    summary:
      'Read goods lines from a CSV (UTF-8, `,` or `;`) or XLSX file of at most 2 MB and 200 lines in the ' +
      'multipart field `file`; every rejected cell is reported with its spreadsheet row and column. With ' +
      '`apply=true` and `version` (query or form fields) the lines replace the draft’s when no row is rejected',
    session: 'applicant',
    pathId: true,
    query: GoodsImportQuery,
    multipartFile: 'file',
    success: {
      status: 200,
      schema: 'GoodsImportResult',
      description: 'The lines read and the rejected rows',
    },
    errors: [400, 401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'get',
    path: '/api/reference/goods-import-template.csv',
    tag: 'public',
    summary: 'Download the goods import template as CSV (UTF-8 with a byte-order mark)',
    query: TemplateQuery,
    success: { status: 200, contentType: 'text/csv', description: 'Header row and an example row' },
  },
  {
    method: 'get',
    path: '/api/reference/goods-import-template.xlsx',
    tag: 'public',
    summary: 'Download the goods import template as an Excel workbook',
    query: TemplateQuery,
    success: { status: 200, contentType: XLSX_MEDIA_TYPE, description: 'Header row and an example row' },
  },
  {
    method: 'post',
    path: `${CARGO_DECLARATION}/attachments`,
    tag: 'applicant',
    summary:
      'Attach a PDF, JPEG or PNG (judged by content) of at most 10 MB in the multipart field `file`, ' +
      'with its type in the field `attachmentType`, while the declaration is editable',
    session: 'applicant',
    pathId: true,
    multipartFile: 'file',
    success: { status: 201, schema: 'CargoAttachment', description: 'The stored attachment' },
    errors: [400, 401, 403, 404, 409, 413, 415],
  },
  {
    method: 'get',
    path: `${CARGO_DECLARATION}/attachments`,
    tag: 'applicant',
    summary: 'List a cargo declaration’s attachments',
    session: 'applicant',
    pathId: true,
    success: { status: 200, schema: 'CargoAttachmentList', description: 'Attachments, oldest first' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: `${CARGO_DECLARATION}/attachments/{attachmentId}`,
    tag: 'applicant',
    summary: 'Download an attachment',
    session: 'applicant',
    pathId: true,
    success: { status: 200, contentType: 'application/pdf', description: 'The file under its original name' },
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: `${CARGO_DECLARATION}/attachments/{attachmentId}`,
    tag: 'applicant',
    summary: 'Delete an attachment while the declaration is a draft or sent back for changes',
    session: 'applicant',
    pathId: true,
    success: { status: 204, description: 'Deleted' },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/officer/declarations/{id}/attachments/{attachmentId}',
    tag: 'officer',
    summary: 'Download an attachment of a declaration of the officer’s gates (audited)',
    session: 'officer',
    pathId: true,
    success: { status: 200, contentType: 'application/pdf', description: 'The file under its original name' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/reference/attachment-rules',
    tag: 'public',
    summary: 'List the active rules that say which attachments a cargo declaration needs',
    success: { status: 200, schema: 'AttachmentRuleList', description: 'Active rules' },
  },
  {
    method: 'get',
    path: ADMIN_RULES,
    tag: 'officer',
    summary: 'List every attachment rule, inactive ones included (administrators)',
    session: 'officer',
    success: { status: 200, schema: 'AttachmentRuleList', description: 'All rules' },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: ADMIN_RULES,
    tag: 'officer',
    summary: 'Add an attachment rule (administrators, audited)',
    session: 'officer',
    body: 'AttachmentRuleInput',
    success: { status: 201, schema: 'AttachmentRule', description: 'The new rule' },
    errors: [400, 401, 403],
  },
  {
    method: 'put',
    path: `${ADMIN_RULES}/{ruleId}`,
    tag: 'officer',
    summary: 'Change an attachment rule at its current version (administrators, audited)',
    session: 'officer',
    body: 'AttachmentRuleUpdate',
    success: { status: 200, schema: 'AttachmentRule', description: 'The changed rule' },
    errors: [400, 401, 403, 404, 409],
  },
];
