import {
  addMonthsToDateOnly,
  type DocumentTypeRules,
  type DocumentTypeRulesUpdate,
} from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { completeDraft, signedInApplicant, submittedDeclaration, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { officerWithRole } from '../review/result-revocation.fixtures';

const ADMIN_DOCUMENT_TYPES = '/api/officer/reference/document-types';

/** The passport's rules as the seed sets them, which every change below restores. */
const PASSPORT_RULES: DocumentTypeRulesUpdate = {
  numberFormat: 'passport',
  expiryWarningMonths: 6,
  maxValidityMonths: null,
  requiresIssueDate: false,
  validProvinceRule: 'none',
  allowedNationalities: null,
};

describe('document type administration', () => {
  let administrator: ApiClient;
  let administratorId: string;

  beforeEach(async () => {
    ({ client: administrator, id: administratorId } = await officerWithRole('administrator', 'en'));
  });

  afterEach(async () => {
    await administrator.put(`${ADMIN_DOCUMENT_TYPES}/passport`, PASSPORT_RULES).expect(200);
  });

  async function passportWarnings(): Promise<unknown[]> {
    const crossing = daysFromToday(3);
    const { client } = await signedInApplicant();
    const traveller = travellerInput({ documentExpiryDate: addMonthsToDateOnly(crossing, 3) });

    const view = await submittedDeclaration(
      client,
      completeDraft({ plannedCrossingDate: crossing, travellers: [traveller] }),
    );
    return view.warnings ?? [];
  }

  it('lists every document type with its rules', async () => {
    const response = await administrator.get(ADMIN_DOCUMENT_TYPES).expect(200);

    const types = response.body as DocumentTypeRules[];
    expect(types.map((type) => type.code)).toEqual([
      'passport',
      'border_pass',
      'border_resident_permit',
      'vn_citizen_id',
      'other',
    ]);
    expect(types.find((type) => type.code === 'vn_citizen_id')).toEqual(
      jasmine.objectContaining({ numberFormat: 'cccd', allowedNationalities: ['VNM'] }),
    );
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('applies changed warning months to the next check', async () => {
    expect((await passportWarnings()).length).toBe(1);

    const response = await administrator
      .put(`${ADMIN_DOCUMENT_TYPES}/passport`, { ...PASSPORT_RULES, expiryWarningMonths: 2 })
      .expect(200);

    expect((response.body as DocumentTypeRules).expiryWarningMonths).toBe(2);
    expect(await passportWarnings()).toEqual([]);
  });

  it('serves the changed rules on the public endpoint', async () => {
    await administrator
      .put(`${ADMIN_DOCUMENT_TYPES}/passport`, { ...PASSPORT_RULES, expiryWarningMonths: 9 })
      .expect(200);

    const response = await (await ApiClient.create()).get('/api/public/document-types').expect(200);

    const passport = (response.body as DocumentTypeRules[]).find((type) => type.code === 'passport');
    expect(passport?.expiryWarningMonths).toBe(9);
  });

  it('records the change with the rules before and after', async () => {
    await administrator
      .put(`${ADMIN_DOCUMENT_TYPES}/passport`, { ...PASSPORT_RULES, expiryWarningMonths: 4 })
      .expect(200);

    const rows = await testEnvironment().sequelize.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log
       WHERE actor_id = :administratorId AND action = 'reference.document_type.updated'`,
      { replacements: { administratorId }, type: QueryTypes.SELECT },
    );
    expect(rows.length).toBe(1);
    expect(rows[0].details).toEqual({
      code: 'passport',
      before: jasmine.objectContaining({ expiryWarningMonths: 6 }),
      after: jasmine.objectContaining({ expiryWarningMonths: 4 }),
    });
  });

  it('rejects invalid rules with field errors', async () => {
    const response = await administrator
      .put(`${ADMIN_DOCUMENT_TYPES}/border_pass`, {
        ...PASSPORT_RULES,
        expiryWarningMonths: 0,
        maxValidityMonths: 12,
      })
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'expiryWarningMonths', code: 'invalidNumber' }),
      jasmine.objectContaining({
        path: 'requiresIssueDate',
        code: 'issueDateNeededForValidity',
        message: jasmine.stringMatching(/^Issue date required must be on/),
      }),
    ]);
  });

  it('answers 404 for an unknown document type', async () => {
    await administrator.put(`${ADMIN_DOCUMENT_TYPES}/driving_licence`, PASSPORT_RULES).expect(404);
  });
});

describe('document type administration access', () => {
  for (const role of ['reviewer', 'supervisor', 'gate_officer'] as const) {
    it(`forbids a ${role} to change rules`, async () => {
      const { client } = await officerWithRole(role);

      const response = await client.put(`${ADMIN_DOCUMENT_TYPES}/passport`, PASSPORT_RULES);

      expect(response.status).toBe(403);
      expect(response.body.type).toContain('forbidden');
    });
  }

  it('forbids a reviewer to list the rules', async () => {
    const { client } = await officerWithRole('reviewer');

    await client.get(ADMIN_DOCUMENT_TYPES).expect(403);
  });

  it('requires an officer session', async () => {
    const client = await ApiClient.create();

    await client.put(`${ADMIN_DOCUMENT_TYPES}/passport`, PASSPORT_RULES).expect(401);
  });
});
