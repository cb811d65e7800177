import {
  AssistedCargoFilingRequest,
  AssistedFilingRequest,
  AssistedFilingStatus,
  CounterPhotoUpload,
  GateCodeField,
  PlateReadEvent,
  PlateReadSubmission,
} from '@smartgate/shared-models';
import { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of the camera and counter endpoints. */
export const GATE_DESK_REQUEST_SCHEMAS = {
  PlateReadSubmission,
  AssistedFilingRequest,
  AssistedCargoFilingRequest,
  CounterFiling: z.union([AssistedFilingRequest, AssistedCargoFilingRequest]),
} satisfies Record<string, z.ZodType>;

/** Response bodies of the camera and counter endpoints. */
export const GATE_DESK_RESPONSE_SCHEMAS = {
  PlateReadReceipt: z.object({
    /** Id of the stored read. */
    id: z.number().int(),
    /** How many of today's declarations at the camera's gate the plate matched. */
    matchCount: z.number().int(),
  }),
  PlateReadEvent,
  AssistedFilingStatus,
  CounterPhotoUpload,
} satisfies Record<string, z.ZodType>;

const ASSISTED = '/api/officer/assisted-declarations';

/**
 * The licence-plate camera endpoint, the lane screen's live events and filing at the counter.
 * Cameras authenticate with the API key an administrator issued to them, sent as
 * `Authorization: Bearer <key>` or `X-Api-Key: <key>`, without a session or a CSRF token.
 */
export const GATE_DESK_OPERATIONS: OperationSpec[] = [
  {
    method: 'post',
    path: '/api/gate/plate-reads',
    tag: 'camera',
    summary:
      'Post a licence-plate read (camera id, plate text, confidence 0–1, capture time, optional image ' +
      'reference). The plate is matched against today’s approved declarations at the camera’s gate and sent ' +
      'live to its lane screens. At most 20 reads a second per camera',
    session: 'camera',
    body: 'PlateReadSubmission',
    success: { status: 201, schema: 'PlateReadReceipt', description: 'The read is stored' },
    errors: [401, 403, 413, 422, 429],
  },
  {
    method: 'get',
    path: '/api/officer/gate/events',
    tag: 'officer',
    summary:
      'Server-sent events of a gate for its lane screens: each `plate-read` event carries a PlateReadEvent ' +
      'as JSON in `data`, with the read’s id as the event id',
    session: 'officer',
    query: z.object({ gate: GateCodeField }),
    success: {
      status: 200,
      contentType: 'text/event-stream',
      description: 'An open event stream; a comment line every few seconds keeps it alive',
    },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: ASSISTED,
    tag: 'officer',
    summary:
      'File a declaration at the counter for travellers (`kind` absent or `travel`) or a truck (`kind: cargo`) ' +
      'that arrived without one, with the `Idempotency-Key` header (a UUID). It is checked as a portal ' +
      'submission and approved in the same step when the officer’s role approves',
    session: 'officer',
    body: 'CounterFiling',
    success: {
      status: 201,
      schema: 'DeclarationView',
      description: 'Filed; 200 with `Idempotent-Replayed: true` when the key repeats an earlier filing',
    },
    errors: [401, 403, 422],
  },
  {
    method: 'post',
    path: `${ASSISTED}/photos`,
    tag: 'officer',
    summary:
      'Upload a portrait taken or chosen at the counter: a JPEG or PNG of at most 5 MB in the multipart field ' +
      '`photo`, stored as a 600 × 800 JPEG without metadata. A filing names it by `uploadId` in `photos`; ' +
      'an upload no filing uses is removed after a day',
    session: 'officer',
    multipartFile: 'photo',
    success: { status: 201, schema: 'CounterPhotoUpload', description: 'The stored portrait' },
    errors: [400, 401, 403, 413, 422],
  },
  {
    method: 'get',
    path: `${ASSISTED}/{id}`,
    tag: 'officer',
    summary: 'Get the status and result of a filing at the counter, polled until its PDF can be printed',
    session: 'officer',
    pathId: true,
    success: {
      status: 200,
      schema: 'AssistedFilingStatus',
      description: 'Status and result; nothing personal',
    },
    errors: [401, 403, 404],
  },
];
