import {
  addMonthsToDateOnly,
  type CrossingDeclarationDraft,
  type DeclarationView,
} from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  travellerInput,
  type TravellerInput,
} from '../../test/factories';
import { twoToneJpeg, uploadPhoto } from '../traveller-photos/photo-fixtures';

const DECLARATIONS = '/api/applicant/declarations';

describe('document type rules at submission', () => {
  let client: ApiClient;
  const crossing = daysFromToday(3);

  beforeEach(async () => {
    ({ client } = await signedInApplicant('en'));
  });

  async function submitWith(
    traveller: Partial<TravellerInput>,
    draft: Partial<CrossingDeclarationDraft> = {},
  ) {
    const created = await client
      .post(
        DECLARATIONS,
        completeDraft({ plannedCrossingDate: crossing, travellers: [travellerInput(traveller)], ...draft }),
      )
      .expect(201);
    // A border pass has no chip with the holder's photo, so its holder must upload one.
    if (traveller.documentType === 'border_pass') {
      await uploadPhoto(client, created.body.id, 0, await twoToneJpeg()).expect(200);
    }
    return client.post(`${DECLARATIONS}/${created.body.id}/submit`, { version: created.body.version });
  }

  /** Builds a border pass for Ratanakiri, issued 60 days ago and valid for 12 months from then. */
  function borderPass(overrides: Partial<TravellerInput> = {}): Partial<TravellerInput> {
    return {
      documentType: 'border_pass',
      documentNumber: 'BP000123',
      documentIssueDate: daysFromToday(-60),
      documentExpiryDate: addMonthsToDateOnly(daysFromToday(-60), 12),
      documentValidProvince: 'Ratanakiri',
      ...overrides,
    };
  }

  it('submits a passport expiring in 3 months with a warning', async () => {
    const expiry = addMonthsToDateOnly(crossing, 3);

    const response = await submitWith({ documentExpiryDate: expiry });

    expect(response.status).toBe(200);
    const view = response.body as DeclarationView;
    expect(view.status).toBe('submitted');
    expect(view.warnings).toEqual([
      { path: 'travellers.0.documentExpiryDate', code: 'documentExpiresSoon', params: { months: '6' } },
    ]);
  });

  it('shows no warning for a passport valid for years', async () => {
    const response = await submitWith({ documentExpiryDate: daysFromToday(1000) });

    expect(response.status).toBe(200);
    expect(response.body.warnings).toEqual([]);
  });

  it('keeps the warning in the officer view', async () => {
    const submitted = (await submitWith({ documentExpiryDate: addMonthsToDateOnly(crossing, 1) })).body;
    const { client: officer } = await signedInOfficer('en');

    const response = await officer.get(`/api/officer/declarations/${submitted.id}`).expect(200);

    expect(response.body.warnings.map((warning: { code: string }) => warning.code)).toEqual([
      'documentExpiresSoon',
    ]);
  });

  it('submits a border pass for the facing province with its dates', async () => {
    const response = await submitWith(borderPass());

    expect(response.status).toBe(200);
    const traveller = (response.body as DeclarationView).data.travellers[0];
    expect(traveller.documentIssueDate).toBe(daysFromToday(-60));
    expect(traveller.documentValidProvince).toBe('Ratanakiri');
  });

  it('rejects a border pass for another province', async () => {
    const response = await submitWith(borderPass({ documentValidProvince: 'Mondulkiri' }));

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      {
        path: 'travellers.0.documentValidProvince',
        code: 'documentProvinceNotAllowed',
        message: jasmine.stringMatching(/^Lead traveller – Province the document is valid for: .*Ratanakiri/),
        params: { provinces: 'Ratanakiri' },
      },
    ]);
  });

  it('rejects a border pass valid 13 months', async () => {
    const issued = daysFromToday(-30);

    const response = await submitWith(
      borderPass({ documentIssueDate: issued, documentExpiryDate: addMonthsToDateOnly(issued, 13) }),
    );

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'travellers.0.documentExpiryDate',
        code: 'documentValidityTooLong',
        params: { months: '12' },
      }),
    ]);
  });

  it('requires the issue date and province of a border pass', async () => {
    const response = await submitWith(
      borderPass({ documentIssueDate: undefined, documentValidProvince: '' }),
    );

    expect(response.status).toBe(422);
    expect(
      response.body.errors.map((error: { path: string; code: string }) => `${error.path}:${error.code}`),
    ).toEqual(['travellers.0.documentIssueDate:required', 'travellers.0.documentValidProvince:required']);
  });

  it('rejects a CCCD whose sex digit contradicts the sex', async () => {
    const response = await submitWith({
      documentType: 'vn_citizen_id',
      documentNumber: '064188001234',
      sex: 'male',
      dateOfBirth: '1988-04-30',
    });

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      {
        path: 'travellers.0.documentNumber',
        code: 'cccdSexMismatch',
        message: jasmine.stringMatching(/^Lead traveller – Document number: digit 4 \(sex\)/),
      },
    ]);
  });

  it('rejects a CCCD whose century digit contradicts the date of birth', async () => {
    const response = await submitWith({
      documentType: 'vn_citizen_id',
      documentNumber: '064005001234',
      sex: 'male',
      dateOfBirth: '2005-03-01',
    });

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'travellers.0.documentNumber', code: 'cccdBirthYearMismatch' }),
    ]);
  });

  it('rejects a CCCD held by a non-Vietnamese national', async () => {
    const response = await submitWith({
      documentType: 'vn_citizen_id',
      documentNumber: '064088001234',
      nationality: 'KHM',
      dateOfBirth: '1988-04-30',
    });

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'travellers.0.nationality',
        code: 'nationalityNotAllowedForDocument',
        params: { allowed: 'VNM' },
      }),
    ]);
  });

  it('submits a matching CCCD', async () => {
    const response = await submitWith({
      documentType: 'vn_citizen_id',
      documentNumber: '064 088 001 234',
      sex: 'male',
      dateOfBirth: '1988-04-30',
    });

    expect(response.status).toBe(200);
    expect(response.body.data.travellers[0].documentNumber).toBe('064088001234');
  });

  it('names the companion whose document breaks a rule', async () => {
    const response = await submitWith(
      {},
      { travellers: [travellerInput(), travellerInput({ documentNumber: 'C123456789' })] },
    );

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'travellers.1.documentNumber',
        code: 'invalidPassportNumber',
        message: jasmine.stringMatching(/^Companion 1 – Document number/),
      }),
    ]);
  });
});
