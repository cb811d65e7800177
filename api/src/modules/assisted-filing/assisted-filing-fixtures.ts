import { randomUUID } from 'node:crypto';

import {
  IDEMPOTENCY_KEY_HEADER,
  type CounterPhotoUpload,
  type CrossingDeclarationDraft,
  type OfficerRole,
} from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { CSRF_HEADER } from '../../lib/csrf';
import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { signedInOfficer, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { npkExport } from '../cargo-declarations/cargo-declaration.fixtures';
import { twoToneJpeg } from '../traveller-photos/photo-fixtures';

/** Path of the counter filings. */
export const ASSISTED = '/api/officer/assisted-declarations';

/** Builds a filing at Lệ Thanh's counter for a Cambodian traveller crossing on exit today. */
export function counterFilingBody(overrides: Record<string, unknown> = {}) {
  const draft: CrossingDeclarationDraft = {
    gateCode: 'LT',
    direction: 'exit',
    plannedCrossingDate: daysFromToday(0),
    purposeCode: 'family_visit',
    travellers: [travellerInput({ fullName: 'Sok Dara', nationality: 'KHM', documentNumber: 'N0123456' })],
  };
  return { ...draft, ...overrides };
}

/**
 * Builds a truck's filing at Lệ Thanh's counter: an export of NPK fertilizer on a tractor unit
 * with a semi-trailer, for a company without an account, its invoice and packing list checked.
 */
export function counterCargoBody(overrides: Record<string, unknown> = {}) {
  const { plannedArrivalAt: _arrival, ...truck } = npkExport();
  return {
    kind: 'cargo',
    ...truck,
    company: { taxCode: '0100109106', name: 'Công ty TNHH Vật tư Nông nghiệp Đức Cơ' },
    documentsSighted: ['commercial_invoice', 'packing_list'],
    ...overrides,
  };
}

/** Posts a filing with an idempotency key, a new one unless given. */
export function fileAtCounter(client: ApiClient, body: unknown, key: string = randomUUID()) {
  return client.post(ASSISTED, body).set(IDEMPOTENCY_KEY_HEADER, key);
}

/** Uploads a portrait at the counter as the `photo` field, as the back office's FormData does. */
export function uploadCounterPhoto(client: ApiClient, bytes: Buffer) {
  return client.agent
    .post(`${ASSISTED}/photos`)
    .set(CSRF_HEADER, client.csrfToken)
    .attach('photo', bytes, { filename: 'counter.jpg', contentType: 'image/jpeg' });
}

/** Uploads a generated portrait at the counter and returns its upload id. */
export async function uploadedCounterPhotoId(client: ApiClient): Promise<string> {
  const response = await uploadCounterPhoto(client, await twoToneJpeg()).expect(201);
  return (response.body as CounterPhotoUpload).uploadId;
}

/** Signs in a new officer of the role at the given gates, Lệ Thanh by default. */
export async function counterOfficer(
  role: OfficerRole,
  gateCodes: string[] = ['LT'],
): Promise<{ client: ApiClient; id: string }> {
  const { client, officer } = await signedInOfficer(undefined, { role, gateCodes });
  return { client, id: officer.id };
}

/** Counts the declarations that an officer filed at the counter. */
export async function countFiledBy(officerId: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM declarations WHERE filed_by_officer_id = :officerId`,
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
  return row.count;
}

/** Lists the outbox jobs written for a declaration: its notices and the render jobs of its result. */
export async function outboxJobsOf(declarationId: string): Promise<string[]> {
  const rows = await testEnvironment().sequelize.query<{ jobId: string }>(
    `SELECT o.job_id AS "jobId" FROM outbox o
     WHERE o.payload->>'declarationId' = :declarationId
        OR o.payload->>'resultId' IN (SELECT r.id::text FROM results r WHERE r.declaration_id = :declarationId)
     ORDER BY o.id`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.jobId);
}
