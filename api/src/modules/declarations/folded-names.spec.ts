import { foldText } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { completeDraft, signedInApplicant, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { insertDraft } from './declarations.repository';

/** 34 Hangul syllables: within the 100-character limit, but 102 letters once folded (NFD). */
const HANGUL_NAME = '한'.repeat(34);

describe('folded traveller names', () => {
  it('grow longer than Hangul names', () => {
    expect(HANGUL_NAME.length).toBe(34);
    expect(foldText(HANGUL_NAME).length).toBeGreaterThan(100);
  });

  it('are stored at any length', async () => {
    const { profile } = await signedInApplicant();
    const { sequelize } = testEnvironment();
    const draft = completeDraft({ travellers: [travellerInput({ fullName: HANGUL_NAME })] });

    const id = await sequelize.transaction((transaction) => insertDraft(profile.id, draft, transaction));

    const rows = await sequelize.query<{ folded: string }>(
      'SELECT full_name_folded AS folded FROM declaration_travellers WHERE declaration_id = :id',
      { replacements: { id }, type: QueryTypes.SELECT },
    );
    expect(rows.map((row) => row.folded)).toEqual([foldText(HANGUL_NAME)]);
  });

  it('never make a draft fail with 500', async () => {
    const { client } = await signedInApplicant();
    const draft = completeDraft({ travellers: [travellerInput({ fullName: HANGUL_NAME })] });

    const response = await client.post('/api/applicant/declarations', draft);

    // 201 while any script is accepted, 400 once names must be in Latin script.
    expect([201, 400]).toContain(response.status);
  });
});
