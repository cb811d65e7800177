import {
  TravellerProfileDeletion,
  TravellerProfileInput,
  TravellerProfileUpdate,
  TravellerProfileView,
} from '@smartgate/shared-models';
import { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of the saved traveller endpoints. */
export const TRAVELLER_PROFILE_REQUEST_SCHEMAS = {
  TravellerProfileInput,
  TravellerProfileUpdate,
} satisfies Record<string, z.ZodType>;

/** Response bodies of the saved traveller endpoints. */
export const TRAVELLER_PROFILE_RESPONSE_SCHEMAS = {
  TravellerProfileView,
  TravellerProfileList: z.array(TravellerProfileView),
} satisfies Record<string, z.ZodType>;

const TRAVELLER_PROFILES = '/api/applicant/traveller-profiles';

/** The applicant's saved travellers, at most 20, each changed or deleted at the version last read. */
export const TRAVELLER_PROFILE_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: TRAVELLER_PROFILES,
    tag: 'applicant',
    summary: 'List my saved travellers by name',
    session: 'applicant',
    success: { status: 200, schema: 'TravellerProfileList', description: 'Every saved traveller' },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: TRAVELLER_PROFILES,
    tag: 'applicant',
    summary: 'Save a traveller (at most 20)',
    session: 'applicant',
    body: 'TravellerProfileInput',
    success: { status: 201, schema: 'TravellerProfileView', description: 'The saved traveller, version 1' },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'get',
    path: `${TRAVELLER_PROFILES}/{id}`,
    tag: 'applicant',
    summary: 'Get one of my saved travellers',
    session: 'applicant',
    pathId: true,
    success: { status: 200, schema: 'TravellerProfileView', description: 'The saved traveller' },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: `${TRAVELLER_PROFILES}/{id}`,
    tag: 'applicant',
    summary: 'Update a saved traveller',
    session: 'applicant',
    pathId: true,
    body: 'TravellerProfileUpdate',
    success: {
      status: 200,
      schema: 'TravellerProfileView',
      description: 'The saved traveller, next version',
    },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'delete',
    path: `${TRAVELLER_PROFILES}/{id}`,
    tag: 'applicant',
    summary: 'Delete a saved traveller',
    session: 'applicant',
    pathId: true,
    query: TravellerProfileDeletion,
    success: { status: 204, description: 'Deleted' },
    errors: [400, 401, 403, 404, 409],
  },
];
