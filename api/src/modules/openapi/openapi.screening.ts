import {
  BulkApprovalRequest,
  BulkApprovalResult,
  DeclarationScreening,
  ScreeningSummaryList,
  ScreeningSummaryRequest,
  WatchlistDeactivation,
  WatchlistEntryInput,
  WatchlistEntryView,
  WatchlistImportRequest,
  WatchlistImportResult,
  WatchlistPage,
  WatchlistSearch,
} from '@smartgate/shared-models';
import type { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of the watchlist, screening and bulk approval endpoints. */
export const SCREENING_REQUEST_SCHEMAS = {
  WatchlistSearch,
  WatchlistEntryInput,
  WatchlistDeactivation,
  WatchlistImportRequest,
  ScreeningSummaryRequest,
  BulkApprovalRequest,
} satisfies Record<string, z.ZodType>;

/** Response bodies of the watchlist, screening and bulk approval endpoints. */
export const SCREENING_RESPONSE_SCHEMAS = {
  WatchlistPage,
  WatchlistEntryView,
  WatchlistImportResult,
  DeclarationScreening,
  ScreeningSummaryList,
  BulkApprovalResult,
} satisfies Record<string, z.ZodType>;

const WATCHLIST = '/api/officer/admin/watchlist';
const DECLARATIONS = '/api/officer/declarations';

/** The administrators' watchlist. Values are personal data, so searches travel in POST bodies. */
const WATCHLIST_OPERATIONS: OperationSpec[] = [
  {
    method: 'post',
    path: `${WATCHLIST}/search`,
    tag: 'officer',
    summary: 'Search the watchlist, newest first (administrators)',
    session: 'officer',
    body: 'WatchlistSearch',
    success: { status: 200, schema: 'WatchlistPage', description: 'One page of entries' },
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: WATCHLIST,
    tag: 'officer',
    summary: 'Add a watchlist entry with a reason and a last day in force (administrators)',
    session: 'officer',
    body: 'WatchlistEntryInput',
    success: { status: 201, schema: 'WatchlistEntryView', description: 'The new entry' },
    errors: [401, 403, 422],
  },
  {
    method: 'post',
    path: `${WATCHLIST}/{id}/deactivate`,
    tag: 'officer',
    summary: 'Deactivate a watchlist entry with a reason (administrators)',
    session: 'officer',
    pathId: true,
    body: 'WatchlistDeactivation',
    success: { status: 200, schema: 'WatchlistEntryView', description: 'The deactivated entry' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: `${WATCHLIST}/import`,
    tag: 'officer',
    summary:
      'Import watchlist entries from CSV text, all or nothing: any rejected row stops the import (administrators)',
    session: 'officer',
    body: 'WatchlistImportRequest',
    success: {
      status: 200,
      schema: 'WatchlistImportResult',
      description: 'The number imported and every rejected row with its number and message',
    },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: `${WATCHLIST}/template.csv`,
    tag: 'officer',
    summary: 'Download the CSV import template (administrators)',
    session: 'officer',
    success: {
      status: 200,
      contentType: 'text/csv',
      description: 'Header and example rows, UTF-8 with a BOM',
    },
    errors: [401, 403],
  },
];

/** Screening flags for officers and the supervisors' bulk approval of clean records. */
const SCREENING_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: `${DECLARATIONS}/{id}/screening`,
    tag: 'officer',
    summary: 'Screen a declaration: watchlist, documents, attachments, HS controls, earlier rejections',
    session: 'officer',
    pathId: true,
    success: { status: 200, schema: 'DeclarationScreening', description: 'The flags; audited' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${DECLARATIONS}/screening-summaries`,
    tag: 'officer',
    summary: 'Screen up to 100 declarations of a queue page: clean or not, and the kinds of flags',
    session: 'officer',
    body: 'ScreeningSummaryRequest',
    success: {
      status: 200,
      schema: 'ScreeningSummaryList',
      description: 'The declarations the officer may see',
    },
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: `${DECLARATIONS}/bulk-approve`,
    tag: 'officer',
    summary:
      'Approve up to 100 declarations that screening passes cleanly, each in its own transaction (supervisors)',
    session: 'officer',
    body: 'BulkApprovalRequest',
    success: { status: 200, schema: 'BulkApprovalResult', description: 'The outcome of each declaration' },
    errors: [400, 401, 403],
  },
];

/** Every endpoint of the watchlist and screening. */
export const WATCHLIST_AND_SCREENING_OPERATIONS: OperationSpec[] = [
  ...WATCHLIST_OPERATIONS,
  ...SCREENING_OPERATIONS,
];
