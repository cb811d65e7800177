import type { DeclarationView } from '@smartgate/shared-models';

import { completeDraft, signedInApplicant, travellerInput } from '../../test/factories';
import { daysFromToday } from '../../test/dates';
import { testEnvironment } from '../../test/test-environment';
import type { ApiClient } from '../../test/api-client';

const DECLARATIONS = '/api/applicant/declarations';

async function createDraft(client: ApiClient, draft: object = completeDraft()): Promise<DeclarationView> {
  const response = await client.post(DECLARATIONS, draft).expect(201);
  return response.body as DeclarationView;
}

describe('applicant declarations', () => {
  let client: ApiClient;

  beforeEach(async () => {
    ({ client } = await signedInApplicant());
  });

  it('creates a draft at version 1', async () => {
    const view = await createDraft(client, { gateCode: 'lt', travellers: [{ fullName: 'Lê Thị Hoa' }] });

    expect(view.status).toBe('draft');
    expect(view.version).toBe(1);
    expect(view.data).toEqual({
      gateCode: 'LT',
      travellers: [{ id: jasmine.stringMatching(/^[0-9a-f-]{36}$/), fullName: 'Lê Thị Hoa' }],
    });
    expect(view.result).toBeNull();
  });

  it('accepts an empty draft', async () => {
    const view = await createDraft(client, {});

    expect(view.data).toEqual({ travellers: [] });
  });

  it('stores names typed in NFD as NFC', async () => {
    const decomposed = 'Nguyễn Trọng Thiện'.normalize('NFD');

    const view = await createDraft(
      client,
      completeDraft({ travellers: [travellerInput({ fullName: decomposed })] }),
    );

    const [row] = await testEnvironment().sequelize.query<{ full_name: string; full_name_folded: string }>(
      'SELECT full_name, full_name_folded FROM declaration_travellers WHERE declaration_id = :id',
      { replacements: { id: view.id }, type: 'SELECT' as never },
    );
    expect(view.data.travellers[0].fullName).toBe('Nguyễn Trọng Thiện'.normalize('NFC'));
    expect(row.full_name).toBe('Nguyễn Trọng Thiện'.normalize('NFC'));
    expect(row.full_name_folded).toBe('nguyen trong thien');
  });

  it('returns date-only values exactly as sent', async () => {
    const draft = completeDraft({
      plannedCrossingDate: daysFromToday(1),
      travellers: [travellerInput({ dateOfBirth: '1975-04-30', documentExpiryDate: '2031-01-01' })],
    });

    const created = await createDraft(client, draft);
    const fetched = await client.get(`${DECLARATIONS}/${created.id}`).expect(200);

    expect(fetched.body.data.plannedCrossingDate).toBe(draft.plannedCrossingDate);
    expect(fetched.body.data.travellers[0].dateOfBirth).toBe('1975-04-30');
    expect(fetched.body.data.travellers[0].documentExpiryDate).toBe('2031-01-01');
  });

  it('rejects 11 travellers with 400 naming the field', async () => {
    const travellers = Array.from({ length: 11 }, () => travellerInput());

    const response = await client.post(DECLARATIONS, completeDraft({ travellers })).expect(400);

    expect(response.body.errors).toContain(
      jasmine.objectContaining({ path: 'travellers', code: 'tooManyTravellers' }),
    );
  });

  it('rejects invalid filled-in fields of a draft', async () => {
    const response = await client
      .post(DECLARATIONS, { plannedCrossingDate: '2026-02-30', travellers: [{ nationality: 'XXX' }] })
      .expect(400);

    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      jasmine.arrayWithExactContents(['plannedCrossingDate', 'travellers.0.nationality']),
    );
  });

  it('updates a draft, replacing its travellers', async () => {
    const created = await createDraft(
      client,
      completeDraft({ travellers: [travellerInput(), travellerInput()] }),
    );
    const data = completeDraft({
      direction: 'entry',
      travellers: [travellerInput({ fullName: 'Đỗ Minh Khoa' })],
    });

    const response = await client.put(`${DECLARATIONS}/${created.id}`, { version: 1, data }).expect(200);

    expect(response.body.version).toBe(2);
    expect(response.body.data.direction).toBe('entry');
    expect(
      response.body.data.travellers.map((traveller: { fullName: string }) => traveller.fullName),
    ).toEqual(['Đỗ Minh Khoa']);
  });

  it('reports update errors with paths inside the draft', async () => {
    const created = await createDraft(client);
    const data = { travellers: [travellerInput(), { documentNumber: '??' }] };

    const response = await client.put(`${DECLARATIONS}/${created.id}`, { version: 1, data }).expect(400);

    expect(response.body.errors[0].path).toBe('travellers.1.documentNumber');
    expect(response.body.errors[0].message).toContain('Người đi cùng 1');
  });

  it('rejects an update at a stale version with 409', async () => {
    const created = await createDraft(client);
    await client.put(`${DECLARATIONS}/${created.id}`, { version: 1, data: completeDraft() }).expect(200);

    const response = await client.put(`${DECLARATIONS}/${created.id}`, { version: 1, data: completeDraft() });

    expect(response.status).toBe(409);
    expect(response.body.type).toBe('/api/problems/version-conflict');
  });

  it('submits a complete draft', async () => {
    const created = await createDraft(client);

    const response = await client.post(`${DECLARATIONS}/${created.id}/submit`, { version: 1 }).expect(200);

    expect(response.body.status).toBe('submitted');
    expect(response.body.version).toBe(2);
    expect(Date.parse(response.body.submittedAt)).not.toBeNaN();
  });

  it('lists every missing field of an incomplete draft with 422', async () => {
    const created = await createDraft(client, {
      gateCode: 'LT',
      plannedCrossingDate: daysFromToday(-1),
      travellers: [{ fullName: 'Hồ Văn Sơn', documentExpiryDate: daysFromToday(-2) }],
    });

    const response = await client.post(`${DECLARATIONS}/${created.id}/submit`, { version: 1 }).expect(422);

    expect(response.body.type).toBe('/api/problems/validation-failed');
    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      jasmine.arrayContaining([
        'direction',
        'purposeCode',
        'plannedCrossingDate',
        'travellers.0.sex',
        'travellers.0.dateOfBirth',
        'travellers.0.nationality',
        'travellers.0.documentType',
        'travellers.0.documentNumber',
        'travellers.0.documentExpiryDate',
      ]),
    );
    expect(response.body.errors).toContain(
      jasmine.objectContaining({ path: 'plannedCrossingDate', code: 'dateInPast' }),
    );
  });

  it('leaves the draft unchanged after a failed submission', async () => {
    const created = await createDraft(client, { gateCode: 'LT', travellers: [{ fullName: 'Hồ Văn Sơn' }] });

    await client.post(`${DECLARATIONS}/${created.id}/submit`, { version: 1 }).expect(422);
    const after = await client.get(`${DECLARATIONS}/${created.id}`).expect(200);

    expect(after.body).toEqual(created);
  });

  it('rejects an unknown gate and purpose in a draft with 400', async () => {
    const response = await client.post(
      DECLARATIONS,
      completeDraft({ gateCode: 'ZZ', purposeCode: 'smuggling' }),
    );

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      jasmine.arrayWithExactContents([
        jasmine.objectContaining({ path: 'gateCode', code: 'unknownGate' }),
        jasmine.objectContaining({ path: 'purposeCode', code: 'unknownPurpose' }),
      ]),
    );
  });

  it('rejects a closed gate at submission', async () => {
    await testEnvironment().sequelize.query(
      `INSERT INTO gates (code, name_vi, name_en, facing_gate_name, facing_province, facing_country, active)
       VALUES ('XC', 'Cửa khẩu đã đóng', 'Closed gate', 'None', 'None', 'KHM', false) ON CONFLICT DO NOTHING`,
    );
    const created = await createDraft(client, completeDraft({ gateCode: 'XC' }));

    const response = await client.post(`${DECLARATIONS}/${created.id}/submit`, { version: 1 }).expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'gateCode', code: 'unknownGate' }),
    ]);
  });

  it('rejects editing a submitted declaration', async () => {
    const created = await createDraft(client);
    await client.post(`${DECLARATIONS}/${created.id}/submit`, { version: 1 }).expect(200);

    const response = await client.put(`${DECLARATIONS}/${created.id}`, { version: 2, data: completeDraft() });

    expect(response.status).toBe(409);
    expect(response.body.type).toBe('/api/problems/invalid-status-transition');
  });

  it('lists own declarations newest first', async () => {
    const first = await createDraft(
      client,
      completeDraft({ travellers: [travellerInput({ fullName: 'Mai Anh' })] }),
    );
    const second = await createDraft(
      client,
      completeDraft({ travellers: [travellerInput(), travellerInput()] }),
    );

    const response = await client.get(`${DECLARATIONS}?page=1&pageSize=10`).expect(200);

    expect(response.body.total).toBe(2);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
    expect(response.body.items[1]).toEqual(
      jasmine.objectContaining({
        leadTravellerName: 'Mai Anh',
        travellerCount: 1,
        status: 'draft',
        resultNumber: null,
      }),
    );
  });

  it('rejects an invalid page size', async () => {
    const response = await client.get(`${DECLARATIONS}?pageSize=1000`).expect(400);

    expect(response.body.errors[0]).toEqual(jasmine.objectContaining({ path: 'pageSize', code: 'tooBig' }));
  });

  it('records the history of status changes', async () => {
    const created = await createDraft(client);
    await client.post(`${DECLARATIONS}/${created.id}/submit`, { version: 1 }).expect(200);

    const events = await testEnvironment().sequelize.query<{ from_status: string | null; to_status: string }>(
      'SELECT from_status, to_status FROM declaration_events WHERE declaration_id = :id ORDER BY id',
      { replacements: { id: created.id }, type: 'SELECT' as never },
    );

    expect(events).toEqual([
      { from_status: null, to_status: 'draft' },
      { from_status: 'draft', to_status: 'submitted' },
    ]);
  });
});
