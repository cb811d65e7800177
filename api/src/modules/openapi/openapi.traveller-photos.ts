import { TravellerPhotoStatus } from '@smartgate/shared-models';
import type { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Response bodies of the portrait photo endpoints. */
export const TRAVELLER_PHOTO_RESPONSE_SCHEMAS = {
  TravellerPhotoStatus,
} satisfies Record<string, z.ZodType>;

const APPLICANT_PHOTO = '/api/applicant/declarations/{id}/travellers/{position}/photo';
const OFFICER_PHOTO = '/api/officer/declarations/{id}/travellers/{position}/photo';

/**
 * The portrait photo of a traveller, by declaration id and traveller position (0 is the lead
 * traveller, or a truck's driver). The applicant routes serve the applicant's own crossings and the
 * cargo declarations of every business the applicant belongs to.
 */
export const TRAVELLER_PHOTO_OPERATIONS: OperationSpec[] = [
  {
    method: 'put',
    path: APPLICANT_PHOTO,
    tag: 'applicant',
    summary:
      'Upload or replace a traveller’s photo: a JPEG or PNG of at most 5 MB in the multipart field `photo`, ' +
      'stored as a 600 × 800 JPEG without metadata',
    session: 'applicant',
    pathId: true,
    multipartFile: 'photo',
    success: { status: 200, schema: 'TravellerPhotoStatus', description: 'The stored photo' },
    errors: [400, 401, 403, 404, 409, 413, 422],
  },
  {
    method: 'get',
    path: APPLICANT_PHOTO,
    tag: 'applicant',
    summary: 'Get a traveller’s stored photo',
    session: 'applicant',
    pathId: true,
    success: { status: 200, contentType: 'image/jpeg', description: 'The photo, never cached' },
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: APPLICANT_PHOTO,
    tag: 'applicant',
    summary: 'Remove a traveller’s photo',
    session: 'applicant',
    pathId: true,
    success: { status: 204, description: 'Removed, or there was none' },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: OFFICER_PHOTO,
    tag: 'officer',
    summary: 'Get a traveller’s photo (audited)',
    session: 'officer',
    pathId: true,
    success: { status: 200, contentType: 'image/jpeg', description: 'The photo, never cached' },
    errors: [401, 403, 404],
  },
];
