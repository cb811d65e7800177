import { CargoDeclarationDraft, GoodsUnit, HsCodeOption, SubmissionRequest } from '@smartgate/shared-models';
import { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of the cargo declaration endpoints. */
export const CARGO_DECLARATION_REQUEST_SCHEMAS = {
  CargoDeclarationDraft,
  CargoDraftUpdate: z.object({ version: SubmissionRequest.shape.version, data: CargoDeclarationDraft }),
} satisfies Record<string, z.ZodType>;

/** Response bodies of the goods reference data. Cargo declarations answer with `DeclarationView`. */
export const CARGO_DECLARATION_RESPONSE_SCHEMAS = {
  HsCodeOptionList: z.array(HsCodeOption),
  GoodsUnitList: z.array(GoodsUnit),
} satisfies Record<string, z.ZodType>;

const CARGO = '/api/applicant/businesses/{businessId}/cargo-declarations';
const common = { tag: 'applicant', session: 'applicant' } as const;

/** The cargo declarations of a business, and the HS codes and units their goods lines pick from. */
export const CARGO_DECLARATION_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/reference/hs-codes',
    tag: 'public',
    summary:
      'Search the HS codes: `q` is a code prefix, with or without dots (`0714.10`), or words of the ' +
      'Vietnamese or English description, without regard to case or diacritics; at most 20 codes, ' +
      'the chapters without `q`',
    query: z.object({ q: z.string().max(100).optional() }),
    success: { status: 200, schema: 'HsCodeOptionList', description: 'Matching codes in code order' },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/reference/units',
    tag: 'public',
    summary: 'List the units of quantity with the decimals each allows',
    success: { status: 200, schema: 'GoodsUnitList', description: 'The units in display order' },
  },
  {
    ...common,
    method: 'get',
    path: CARGO,
    summary: 'List the business’s cargo declarations, newest first (members only)',
    query: z.object({ page: z.string().optional(), pageSize: z.string().optional() }),
    success: { status: 200, schema: 'DeclarationSummaryPage', description: 'One page of declarations' },
    errors: [400, 401, 403, 404],
  },
  {
    ...common,
    method: 'post',
    path: CARGO,
    summary: 'Create a cargo draft; filled fields are checked, including HS codes and units',
    body: 'CargoDeclarationDraft',
    success: {
      status: 201,
      schema: 'DeclarationView',
      description: 'The new draft with its `cargo` section',
    },
    errors: [400, 401, 403, 404],
  },
  {
    ...common,
    method: 'get',
    path: `${CARGO}/{id}`,
    pathId: true,
    summary: 'View a cargo declaration with its goods, decimal totals and attachments',
    success: { status: 200, schema: 'DeclarationView', description: 'The declaration' },
    errors: [401, 403, 404],
  },
  {
    ...common,
    method: 'put',
    path: `${CARGO}/{id}`,
    pathId: true,
    summary:
      'Save a cargo draft at the version the form loaded; when another member saved it first, 409 ' +
      'carries the declaration as it is now in `current`',
    body: 'CargoDraftUpdate',
    success: { status: 200, schema: 'DeclarationView', description: 'The saved draft' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    ...common,
    method: 'post',
    path: `${CARGO}/{id}/submit`,
    pathId: true,
    summary:
      'Submit a complete cargo declaration: 422 lists every problem, such as an unknown HS code, a ' +
      'missing attachment, an expired transport licence or a submission later than the gate’s lead time',
    body: 'SubmissionRequest',
    success: { status: 200, schema: 'DeclarationView', description: 'The submitted declaration' },
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    ...common,
    method: 'post',
    path: `${CARGO}/{id}/withdraw`,
    pathId: true,
    summary: 'Withdraw a cargo declaration before an officer decides it',
    body: 'SubmissionRequest',
    success: { status: 200, schema: 'DeclarationView', description: 'The withdrawn declaration' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    ...common,
    method: 'post',
    path: `${CARGO}/{id}/copy`,
    pathId: true,
    summary: 'Start a new draft from a cargo declaration, without its arrival time and attachments',
    success: { status: 201, schema: 'DeclarationView', description: 'The new draft' },
    errors: [401, 403, 404],
  },
  {
    ...common,
    method: 'get',
    path: `${CARGO}/{id}/result.pdf`,
    pathId: true,
    summary: 'Download the result PDF of one truck crossing, with one QR code',
    success: { status: 200, contentType: 'application/pdf', description: 'The signed result PDF' },
    errors: [401, 403, 404],
  },
];
