import { PageQuery } from '@smartgate/shared-models';
import type { z } from 'zod';

import { ReviewQueueQuery } from '../review/review.schemas';
import type { RequestSchemaName, ResponseSchemaName } from './openapi.schemas';

/** One documented endpoint. Error responses are listed by status, and their body is always a Problem. */
export interface OperationSpec {
  method: 'get' | 'post' | 'put';
  path: string;
  tag: 'public' | 'applicant' | 'officer';
  summary: string;
  session?: 'applicant' | 'officer';
  query?: z.ZodObject;
  pathId?: boolean;
  body?: RequestSchemaName;
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
    path: '/api/officer/login',
    tag: 'officer',
    summary: 'Sign in to the back office',
    body: 'OfficerLogin',
    success: { status: 200, schema: 'OfficerProfile', description: 'Signed in; the session cookie is set' },
    errors: [400, 401, 403, 429],
  },
  {
    method: 'post',
    path: '/api/officer/logout',
    tag: 'officer',
    summary: 'Sign out',
    success: { status: 204, description: 'Signed out' },
    errors: [403],
  },
  {
    method: 'get',
    path: '/api/officer/me',
    tag: 'officer',
    summary: 'Current officer',
    session: 'officer',
    success: { status: 200, schema: 'OfficerProfile', description: 'The signed-in officer' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/officer/declarations',
    tag: 'officer',
    summary: 'List declarations in one status, oldest submission first',
    session: 'officer',
    query: ReviewQueueQuery,
    success: { status: 200, schema: 'DeclarationSummaryPage', description: 'One page' },
    errors: [400, 401, 403],
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
    summary: 'Approve a submitted declaration',
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
    summary: 'Reject a submitted declaration with a reason',
    session: 'officer',
    pathId: true,
    body: 'RejectionDecision',
    success: { status: 200, schema: 'DeclarationView', description: 'Rejected' },
    errors: [400, 401, 403, 404, 409],
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
];
