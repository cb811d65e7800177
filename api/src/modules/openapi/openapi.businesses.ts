import {
  BusinessDriverInput,
  BusinessDriverUpdate,
  BusinessDriverView,
  BusinessInvitationAcceptance,
  BusinessInvitationInput,
  BusinessInvitationView,
  BusinessMemberView,
  BusinessPartnerInput,
  BusinessPartnerUpdate,
  BusinessPartnerView,
  BusinessRecordDeletion,
  BusinessRegistration,
  BusinessUpdate,
  BusinessVehicleInput,
  BusinessVehicleUpdate,
  BusinessVehicleView,
  BusinessView,
} from '@smartgate/shared-models';
import { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of the business endpoints. */
export const BUSINESS_REQUEST_SCHEMAS = {
  BusinessRegistration,
  BusinessUpdate,
  BusinessInvitationInput,
  BusinessInvitationAcceptance,
  BusinessVehicleInput,
  BusinessVehicleUpdate,
  BusinessDriverInput,
  BusinessDriverUpdate,
  BusinessPartnerInput,
  BusinessPartnerUpdate,
} satisfies Record<string, z.ZodType>;

/** Response bodies of the business endpoints. */
export const BUSINESS_RESPONSE_SCHEMAS = {
  BusinessView,
  BusinessList: z.array(BusinessView),
  BusinessMemberList: z.array(BusinessMemberView),
  BusinessInvitationView,
  BusinessInvitationList: z.array(BusinessInvitationView),
  BusinessVehicleView,
  BusinessVehicleList: z.array(BusinessVehicleView),
  BusinessDriverView,
  BusinessDriverList: z.array(BusinessDriverView),
  BusinessPartnerView,
  BusinessPartnerList: z.array(BusinessPartnerView),
} satisfies Record<string, z.ZodType>;

const BUSINESSES = '/api/applicant/businesses';
const BUSINESS = `${BUSINESSES}/{businessId}`;

/** Builds the CRUD operations of one kind of business record: vehicles, drivers or partners. */
function recordOperations(
  records: 'vehicles' | 'drivers' | 'partners',
  noun: string,
  schemas: {
    input: keyof typeof BUSINESS_REQUEST_SCHEMAS;
    update: keyof typeof BUSINESS_REQUEST_SCHEMAS;
    view: keyof typeof BUSINESS_RESPONSE_SCHEMAS;
    list: keyof typeof BUSINESS_RESPONSE_SCHEMAS;
  },
): OperationSpec[] {
  const path = `${BUSINESS}/${records}`;
  const common = { tag: 'applicant', session: 'applicant' } as const;
  return [
    {
      ...common,
      method: 'get',
      path,
      summary: `List the company's ${records}`,
      success: { status: 200, schema: schemas.list, description: `Every ${noun}` },
      errors: [401, 403, 404],
    },
    {
      ...common,
      method: 'post',
      path,
      summary: `Add a ${noun}`,
      body: schemas.input,
      success: { status: 201, schema: schemas.view, description: `The ${noun}, version 1` },
      errors: [400, 401, 403, 404],
    },
    {
      ...common,
      method: 'get',
      path: `${path}/{recordId}`,
      summary: `Get one ${noun}`,
      success: { status: 200, schema: schemas.view, description: `The ${noun}` },
      errors: [401, 403, 404],
    },
    {
      ...common,
      method: 'put',
      path: `${path}/{recordId}`,
      summary: `Update a ${noun} at the version last read`,
      body: schemas.update,
      success: { status: 200, schema: schemas.view, description: `The ${noun}, next version` },
      errors: [400, 401, 403, 404, 409],
    },
    {
      ...common,
      method: 'delete',
      path: `${path}/{recordId}`,
      summary: `Delete a ${noun} at the version last read`,
      query: BusinessRecordDeletion,
      success: { status: 204, description: 'Deleted' },
      errors: [400, 401, 403, 404, 409],
    },
  ];
}

/**
 * Businesses that file cargo: registration, details, members, invitations by e-mail, and the
 * vehicles, drivers and partners they pick from when filing. A non-member gets 404 for everything
 * of a business, and a staff member 403 for what only an administrator may do.
 */
export const BUSINESS_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: BUSINESSES,
    tag: 'applicant',
    summary: 'List my businesses by name, with my role in each',
    session: 'applicant',
    success: { status: 200, schema: 'BusinessList', description: 'Every business I belong to' },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: BUSINESSES,
    tag: 'applicant',
    summary: 'Register a business by tax code (MST); I become its administrator',
    session: 'applicant',
    body: 'BusinessRegistration',
    success: { status: 201, schema: 'BusinessView', description: 'The business, version 1' },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'get',
    path: BUSINESS,
    tag: 'applicant',
    summary: 'Get a business I belong to',
    session: 'applicant',
    success: { status: 200, schema: 'BusinessView', description: 'The business' },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: BUSINESS,
    tag: 'applicant',
    summary: "Update the company's details (administrator)",
    session: 'applicant',
    body: 'BusinessUpdate',
    success: { status: 200, schema: 'BusinessView', description: 'The business, next version' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: `${BUSINESS}/members`,
    tag: 'applicant',
    summary: 'List the members by name',
    session: 'applicant',
    success: { status: 200, schema: 'BusinessMemberList', description: 'Every member' },
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: `${BUSINESS}/members/{applicantId}`,
    tag: 'applicant',
    summary: 'Remove a member (administrator), or leave; never the last administrator',
    session: 'applicant',
    success: { status: 204, description: 'Removed' },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: `${BUSINESS}/invitations`,
    tag: 'applicant',
    summary: 'List open invitations (administrator)',
    session: 'applicant',
    success: {
      status: 200,
      schema: 'BusinessInvitationList',
      description: 'Invitations not accepted, revoked or expired',
    },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${BUSINESS}/invitations`,
    tag: 'applicant',
    summary: 'Invite a person by e-mail (administrator); the link is valid for 7 days',
    session: 'applicant',
    body: 'BusinessInvitationInput',
    success: {
      status: 201,
      schema: 'BusinessInvitationView',
      description: 'The invitation, without its token',
    },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'delete',
    path: `${BUSINESS}/invitations/{invitationId}`,
    tag: 'applicant',
    summary: 'Revoke an open invitation (administrator)',
    session: 'applicant',
    success: { status: 204, description: 'Revoked' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/applicant/business-invitations/accept',
    tag: 'applicant',
    summary: 'Accept an invitation with the token of the e-mail link; my e-mail must be the invited one',
    session: 'applicant',
    body: 'BusinessInvitationAcceptance',
    success: { status: 200, schema: 'BusinessView', description: 'The business I joined' },
    errors: [400, 401, 403, 404],
  },
  ...recordOperations('vehicles', 'vehicle', {
    input: 'BusinessVehicleInput',
    update: 'BusinessVehicleUpdate',
    view: 'BusinessVehicleView',
    list: 'BusinessVehicleList',
  }),
  ...recordOperations('drivers', 'driver', {
    input: 'BusinessDriverInput',
    update: 'BusinessDriverUpdate',
    view: 'BusinessDriverView',
    list: 'BusinessDriverList',
  }),
  ...recordOperations('partners', 'trading partner', {
    input: 'BusinessPartnerInput',
    update: 'BusinessPartnerUpdate',
    view: 'BusinessPartnerView',
    list: 'BusinessPartnerList',
  }),
];
