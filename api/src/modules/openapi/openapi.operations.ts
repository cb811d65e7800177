import { PageQuery, ReviewQueueQuery } from '@smartgate/shared-models';
import type { z } from 'zod';

import type { RequestSchemaName, ResponseSchemaName } from './openapi.schemas';
import { AUDIT_TRAIL_OPERATIONS } from './openapi.audit-trail';
import { OFFICER_ACCOUNT_OPERATIONS } from './openapi.officer-accounts';
import { REASON_TEMPLATE_OPERATIONS } from './openapi.reason-templates';
import { WATCHLIST_AND_SCREENING_OPERATIONS } from './openapi.screening';
import { BUSINESS_OPERATIONS } from './openapi.businesses';
import { CARGO_DECLARATION_OPERATIONS } from './openapi.cargo-declarations';
import { CARGO_FILE_OPERATIONS } from './openapi.cargo-files';
import { GATE_DESK_OPERATIONS } from './openapi.gate-desk';
import { HS_CODE_ADMIN_OPERATIONS } from './openapi.hs-codes-admin';
import { TRAVELLER_PHOTO_OPERATIONS } from './openapi.traveller-photos';
import { TRAVELLER_PROFILE_OPERATIONS } from './openapi.traveller-profiles';

/** One documented endpoint. Error responses are listed by status, and their body is always a Problem. */
export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tag: 'public' | 'applicant' | 'officer' | 'camera';
  summary: string;
  /** How the caller authenticates: a session cookie, or a camera's API key. */
  session?: 'applicant' | 'officer' | 'camera';
  query?: z.ZodObject;
  pathId?: boolean;
  body?: RequestSchemaName;
  /** A multipart/form-data body with one file in this field, instead of a JSON body. */
  multipartFile?: string;
  success: { status: number; schema?: ResponseSchemaName; contentType?: string; description: string };
  errors?: number[];
}

const DECLARATION = '/api/applicant/declarations/{id}';
const REVIEW = '/api/officer/declarations/{id}';

/** The endpoints of the API contract, in the order the documentation lists them. */
export const OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'public',
    summary: 'Health check',
    success: { status: 200, schema: 'Health', description: 'The API is up and its database responds' },
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/csrf-token',
    tag: 'public',
    summary: 'Issue the XSRF-TOKEN cookie',
    success: {
      status: 200,
      schema: 'CsrfToken',
      description: 'The token, also set as the XSRF-TOKEN cookie',
    },
  },
  {
    method: 'get',
    path: '/api/public/gates',
    tag: 'public',
    summary: 'List border gates',
    success: { status: 200, schema: 'GateList', description: 'Active gates' },
  },
  {
    method: 'get',
    path: '/api/public/purposes',
    tag: 'public',
    summary: 'List travel purposes',
    success: { status: 200, schema: 'TravelPurposeList', description: 'Purposes in display order' },
  },
  {
    method: 'get',
    path: '/api/public/document-types',
    tag: 'public',
    summary: 'List document types with the rules the declaration form checks',
    success: { status: 200, schema: 'DocumentTypeRulesList', description: 'Document types in form order' },
  },
  {
    method: 'get',
    path: '/api/public/countries',
    tag: 'public',
    summary: 'List countries',
    success: {
      status: 200,
      schema: 'CountryList',
      description: 'Countries sorted by name in the request language',
    },
  },
  {
    method: 'get',
    path: '/api/public/results/{token}',
    tag: 'public',
    summary: 'Verify a result from its QR token',
    success: {
      status: 200,
      schema: 'ResultVerification',
      description: 'Status of the result, with a masked name only',
    },
    errors: [404, 429],
  },
  {
    method: 'post',
    path: '/api/public/declaration-status',
    tag: 'public',
    summary: 'Look up the status of a declaration by reference code and date of birth',
    body: 'DeclarationStatusLookup',
    success: {
      status: 200,
      schema: 'DeclarationStatusAnswer',
      description: 'Status, gate, direction and planned crossing date; nothing personal',
    },
    errors: [400, 403, 404, 429],
  },

  {
    method: 'post',
    path: '/api/applicant/register',
    tag: 'applicant',
    summary: 'Register and sign in',
    body: 'ApplicantRegistration',
    success: { status: 201, schema: 'ApplicantProfile', description: 'The new account, signed in' },
    errors: [400, 403, 409],
  },
  {
    method: 'post',
    path: '/api/applicant/login',
    tag: 'applicant',
    summary: 'Sign in',
    body: 'ApplicantLogin',
    success: { status: 200, schema: 'ApplicantProfile', description: 'Signed in; the session cookie is set' },
    errors: [400, 401, 403, 429],
  },
  {
    method: 'post',
    path: '/api/applicant/logout',
    tag: 'applicant',
    summary: 'Sign out',
    success: { status: 204, description: 'Signed out' },
    errors: [403],
  },
  {
    method: 'get',
    path: '/api/applicant/me',
    tag: 'applicant',
    summary: 'Current applicant',
    session: 'applicant',
    success: { status: 200, schema: 'ApplicantProfile', description: 'The signed-in applicant' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/applicant/declarations',
    tag: 'applicant',
    summary: 'List my declarations, newest first',
    session: 'applicant',
    query: PageQuery,
    success: { status: 200, schema: 'DeclarationSummaryPage', description: 'One page' },
    errors: [400, 401],
  },
  {
    method: 'post',
    path: '/api/applicant/declarations',
    tag: 'applicant',
    summary: 'Create a draft',
    session: 'applicant',
    body: 'CrossingDeclarationDraft',
    success: { status: 201, schema: 'DeclarationView', description: 'The draft, version 1' },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: DECLARATION,
    tag: 'applicant',
    summary: 'Get one of my declarations',
    session: 'applicant',
    pathId: true,
    success: { status: 200, schema: 'DeclarationView', description: 'The declaration' },
    errors: [401, 404],
  },
  {
    method: 'put',
    path: DECLARATION,
    tag: 'applicant',
    summary: 'Update a draft',
    session: 'applicant',
    pathId: true,
    body: 'DraftUpdateRequest',
    success: { status: 200, schema: 'DeclarationView', description: 'The draft, next version' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: `${DECLARATION}/submit`,
    tag: 'applicant',
    summary: 'Submit a draft',
    session: 'applicant',
    pathId: true,
    body: 'SubmissionRequest',
    success: { status: 200, schema: 'DeclarationView', description: 'Submitted' },
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: `${DECLARATION}/withdraw`,
    tag: 'applicant',
    summary: 'Withdraw a draft or submitted declaration before it is decided',
    session: 'applicant',
    pathId: true,
    body: 'SubmissionRequest',
    success: { status: 200, schema: 'DeclarationView', description: 'Withdrawn' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: `${DECLARATION}/result.pdf`,
    tag: 'applicant',
    summary: 'Download the result PDF',
    session: 'applicant',
    pathId: true,
    success: { status: 200, contentType: 'application/pdf', description: 'The result PDF, as an attachment' },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: `${DECLARATION}/repeat`,
    tag: 'applicant',
    summary: 'Start a new draft with the gate, direction, purpose and travellers of a declaration',
    session: 'applicant',
    pathId: true,
    success: {
      status: 201,
      schema: 'DeclarationView',
      description: 'The new draft, without a crossing date',
    },
    errors: [401, 403, 404],
  },
  ...TRAVELLER_PROFILE_OPERATIONS,
  ...BUSINESS_OPERATIONS,

  ...TRAVELLER_PHOTO_OPERATIONS,
  ...CARGO_DECLARATION_OPERATIONS,
  ...CARGO_FILE_OPERATIONS,
  ...HS_CODE_ADMIN_OPERATIONS,
  ...GATE_DESK_OPERATIONS,
  ...OFFICER_ACCOUNT_OPERATIONS,
  ...REASON_TEMPLATE_OPERATIONS,
  ...AUDIT_TRAIL_OPERATIONS,
  ...WATCHLIST_AND_SCREENING_OPERATIONS,
  {
    method: 'get',
    path: '/api/officer/declarations',
    tag: 'officer',
    summary: "List a work queue of the officer's gates, filtered, sorted and paged (search goes by POST)",
    session: 'officer',
    query: ReviewQueueQuery,
    success: { status: 200, schema: 'QueuePage', description: 'One page; `total` stops at 10,000' },
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/officer/declarations/search',
    tag: 'officer',
    summary:
      'Search by name (without diacritics), document number, reference code, plate or id, with the queue filters',
    session: 'officer',
    body: 'ReviewQueueQuery',
    success: { status: 200, schema: 'QueuePage', description: 'One page of matches' },
    errors: [400, 401, 403, 422],
  },
  {
    method: 'get',
    path: '/api/officer/queue-summary',
    tag: 'officer',
    summary: "Count each work queue of the officer's gates and give the age of its oldest record",
    session: 'officer',
    success: { status: 200, schema: 'QueueSummaryList', description: 'One entry per work queue' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: `${REVIEW}/assignment`,
    tag: 'officer',
    summary: 'Show which officer holds a declaration',
    session: 'officer',
    pathId: true,
    success: { status: 200, schema: 'AssignmentView', description: 'The holder, or null' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${REVIEW}/assign`,
    tag: 'officer',
    summary: 'Hold a submitted declaration; a supervisor may take it over (409 names the current holder)',
    session: 'officer',
    pathId: true,
    body: 'AssignmentRequest',
    success: { status: 200, schema: 'AssignmentView', description: 'Held by the officer' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: `${REVIEW}/release`,
    tag: 'officer',
    summary: 'Release a held declaration (the holder, or a supervisor)',
    session: 'officer',
    pathId: true,
    body: 'ReleaseRequest',
    success: { status: 200, schema: 'AssignmentView', description: 'Held by nobody' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: REVIEW,
    tag: 'officer',
    summary: 'Get a declaration (audited)',
    session: 'officer',
    pathId: true,
    success: { status: 200, schema: 'DeclarationView', description: 'The declaration' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${REVIEW}/approve`,
    tag: 'officer',
    summary:
      'Approve a submitted declaration that the officer holds (409 when nobody or another officer holds it)',
    session: 'officer',
    pathId: true,
    body: 'ApprovalDecision',
    success: { status: 200, schema: 'DeclarationView', description: 'Approved; the result is pending' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: `${REVIEW}/reject`,
    tag: 'officer',
    summary:
      'Reject a submitted declaration that the officer holds, with a reason template, free text or both (409 when nobody or another officer holds it)',
    session: 'officer',
    pathId: true,
    body: 'RejectionDecision',
    success: { status: 200, schema: 'DeclarationView', description: 'Rejected' },
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: `${REVIEW}/request-changes`,
    tag: 'officer',
    summary:
      'Send a submitted declaration that the officer holds back for changes, with a general comment and comments on fields, each from a reason template, free text or both (e-mails the applicant)',
    session: 'officer',
    pathId: true,
    body: 'ChangeRequestDecision',
    success: {
      status: 200,
      schema: 'DeclarationView',
      description: 'Sent back; the applicant edits the declaration and submits it again',
    },
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: `${REVIEW}/revoke-result`,
    tag: 'officer',
    summary: 'Revoke the issued result with a reason (supervisors and administrators; e-mails the applicant)',
    session: 'officer',
    pathId: true,
    body: 'ResultRevocation',
    success: { status: 200, schema: 'DeclarationView', description: 'Revoked; the declaration stays issued' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: `${REVIEW}/retry-result`,
    tag: 'officer',
    summary:
      'Generate a failed result again under a new job version (supervisors and administrators; no body)',
    session: 'officer',
    pathId: true,
    success: { status: 200, schema: 'DeclarationView', description: 'The result is pending again' },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/officer/reference/document-types',
    tag: 'officer',
    summary: 'List document types with their rules, uncached (administrators)',
    session: 'officer',
    success: { status: 200, schema: 'DocumentTypeRulesList', description: 'Document types in form order' },
    errors: [401, 403],
  },
  {
    method: 'put',
    path: '/api/officer/reference/document-types/{code}',
    tag: 'officer',
    summary: "Change a document type's rules (administrators; audited, used by the next submission check)",
    session: 'officer',
    body: 'DocumentTypeRulesUpdate',
    success: { status: 200, schema: 'DocumentTypeRules', description: 'The stored rules' },
    errors: [400, 401, 403, 404],
  },
];
