import {
  isReferenceCode,
  type DeclarationSummary,
  type DeclarationView,
  type Page,
} from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { assignReferenceCode, createReferenceCode } from './reference-codes';

const DECLARATIONS = '/api/applicant/declarations';

async function storedReferenceCode(declarationId: string): Promise<string | null> {
  const [row] = await testEnvironment().sequelize.query<{ referenceCode: string | null }>(
    `SELECT reference_code AS "referenceCode" FROM declarations WHERE id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return row.referenceCode;
}

describe('createReferenceCode', () => {
  it('writes the gate code and 8 base32 characters', () => {
    const code = createReferenceCode('LT');

    expect(code).toMatch(/^LT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(isReferenceCode(code)).toBeTrue();
  });

  it('draws a different code every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => createReferenceCode('LT')));

    expect(codes.size).toBe(2000);
  });
});

describe('reference code at submission', () => {
  it('is absent from a draft', async () => {
    const { client } = await signedInApplicant();

    const created = await client.post(DECLARATIONS, completeDraft()).expect(201);

    expect((created.body as DeclarationView).referenceCode).toBeNull();
    expect(await storedReferenceCode((created.body as DeclarationView).id)).toBeNull();
  });

  it('is given at submission and stored', async () => {
    const { client } = await signedInApplicant();

    const submitted = await submittedDeclaration(client);

    expect(isReferenceCode(submitted.referenceCode ?? '')).toBeTrue();
    expect(submitted.referenceCode?.startsWith('LT-')).toBeTrue();
    expect(await storedReferenceCode(submitted.id)).toBe(submitted.referenceCode ?? null);
  });

  it('differs between declarations', async () => {
    const { client } = await signedInApplicant();

    const codes: string[] = [];
    for (let count = 0; count < 5; count++) {
      codes.push((await submittedDeclaration(client)).referenceCode ?? '');
    }

    expect(new Set(codes).size).toBe(5);
  });

  it('shows in the applicant list and detail', async () => {
    const { client } = await signedInApplicant();
    const submitted = await submittedDeclaration(client);

    const list = (await client.get(DECLARATIONS).expect(200)).body as Page<DeclarationSummary>;
    const detail = (await client.get(`${DECLARATIONS}/${submitted.id}`).expect(200)).body as DeclarationView;

    expect(list.items.find((item) => item.id === submitted.id)?.referenceCode).toBe(submitted.referenceCode);
    expect(detail.referenceCode).toBe(submitted.referenceCode);
  });

  it('shows in the officer detail', async () => {
    const { client: applicant } = await signedInApplicant();
    const { client: officer } = await signedInOfficer();
    const submitted = await submittedDeclaration(applicant);

    const detail = await officer.get(`/api/officer/declarations/${submitted.id}`).expect(200);

    expect((detail.body as DeclarationView).referenceCode).toBe(submitted.referenceCode);
  });
});

describe('assignReferenceCode', () => {
  it('keeps the first code of a declaration', async () => {
    const { client } = await signedInApplicant();
    const submitted = await submittedDeclaration(client);

    const kept = await testEnvironment().sequelize.transaction((transaction) =>
      assignReferenceCode(transaction, { id: submitted.id, gateCode: 'LT' }),
    );

    expect(kept).toBe(submitted.referenceCode ?? '');
    expect(await storedReferenceCode(submitted.id)).toBe(kept);
  });

  it('draws again after a collision', async () => {
    const { client } = await signedInApplicant();
    const taken = (await submittedDeclaration(client)).referenceCode ?? '';
    const draft = (await client.post(DECLARATIONS, completeDraft()).expect(201)).body as DeclarationView;
    const fresh = createReferenceCode('LT');
    const candidates = [taken, taken, fresh];

    const assigned = await testEnvironment().sequelize.transaction((transaction) =>
      assignReferenceCode(transaction, { id: draft.id, gateCode: 'LT' }, () => candidates.shift() ?? ''),
    );

    expect(assigned).toBe(fresh);
    expect(candidates).toEqual([]);
    expect(await storedReferenceCode(draft.id)).toBe(fresh);
  });

  it('gives up after five collisions', async () => {
    const { client } = await signedInApplicant();
    const taken = (await submittedDeclaration(client)).referenceCode ?? '';
    const draft = (await client.post(DECLARATIONS, completeDraft()).expect(201)).body as DeclarationView;

    const attempt = testEnvironment().sequelize.transaction((transaction) =>
      assignReferenceCode(transaction, { id: draft.id, gateCode: 'LT' }, () => taken),
    );

    await expectAsync(attempt).toBeRejectedWithError(/No free reference code found in 5 attempts/);
    expect(await storedReferenceCode(draft.id)).toBeNull();
  });
});
