import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { completeDraft, signedInApplicant, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

/** Tells whether the declaration's copy of its travellers' name prefixes (`slot:prefix`) matches a tsquery. */
async function namesMatch(id: string, query: string): Promise<boolean> {
  const rows = await testEnvironment().sequelize.query<{ matches: boolean }>(
    'SELECT traveller_name_prefixes @@ $2::tsquery AS matches FROM declarations WHERE id = $1',
    { bind: [id, query], type: QueryTypes.SELECT },
  );
  return rows[0]?.matches ?? false;
}

async function storedLeadName(id: string): Promise<string | null | undefined> {
  const rows = await testEnvironment().sequelize.query<{ name: string | null }>(
    'SELECT lead_traveller_name AS name FROM declarations WHERE id = $1',
    { bind: [id], type: QueryTypes.SELECT },
  );
  return rows[0]?.name;
}

describe('traveller name copies', () => {
  it('follow the travellers of a new draft', async () => {
    const { client } = await signedInApplicant();

    const created = await client.post('/api/applicant/declarations', completeDraft()).expect(201);

    expect(await storedLeadName(created.body.id)).toBe('Nguyễn Văn An');
    expect(await namesMatch(created.body.id, `'1:nguy' & '1:an'`)).toBeTrue();
  });

  it('follow edits and reordering', async () => {
    const { client } = await signedInApplicant();
    const created = (await client.post('/api/applicant/declarations', completeDraft()).expect(201))
      .body as DeclarationView;
    const travellers = [
      travellerInput({ fullName: 'Đặng Thị Thu', documentNumber: 'B2345678' }),
      travellerInput({ fullName: 'Nguyễn Văn An' }),
    ];

    await client
      .put(`/api/applicant/declarations/${created.id}`, {
        version: created.version,
        data: completeDraft({ travellers }),
      })
      .expect(200);

    expect(await storedLeadName(created.id)).toBe('Đặng Thị Thu');
    expect(await namesMatch(created.id, `'1:dang' & '1:thu'`)).toBeTrue();
    expect(await namesMatch(created.id, `'2:nguyen' & '2:an'`)).toBeTrue();
  });

  it('forget a removed traveller', async () => {
    const { client } = await signedInApplicant();
    const travellers = [
      travellerInput(),
      travellerInput({ fullName: 'Sok Chea', documentNumber: 'N1234567' }),
    ];
    const created = (
      await client.post('/api/applicant/declarations', completeDraft({ travellers })).expect(201)
    ).body as DeclarationView;

    await client
      .put(`/api/applicant/declarations/${created.id}`, { version: created.version, data: completeDraft() })
      .expect(200);

    expect(await namesMatch(created.id, `'1:chea' | '2:chea'`)).toBeFalse();
    expect(await namesMatch(created.id, `'1:nguyen'`)).toBeTrue();
  });

  it('let a declaration be deleted', async () => {
    const { client } = await signedInApplicant();
    const created = await client.post('/api/applicant/declarations', completeDraft()).expect(201);
    const { sequelize } = testEnvironment();

    await sequelize.query('DELETE FROM declarations WHERE id = $1', { bind: [created.body.id] });

    expect(await storedLeadName(created.body.id)).toBeUndefined();
  });
});
