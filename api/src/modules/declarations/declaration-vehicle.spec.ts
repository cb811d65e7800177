import type { DeclarationView } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import {
  completeDraft,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const DECLARATIONS = '/api/applicant/declarations';

async function storedPlate(declarationId: string) {
  const [row] = await testEnvironment().sequelize.query<{ plateNumber: string; searchKey: string | null }>(
    `SELECT vehicle_plate_number AS "plateNumber", vehicle_plate_search_key AS "searchKey"
     FROM declarations WHERE id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return row;
}

describe('private vehicle of a declaration', () => {
  let client: ApiClient;

  beforeEach(async () => {
    ({ client } = await signedInApplicant('en'));
  });

  it('stores a Vietnamese plate as printed and folded', async () => {
    const draft = completeDraft({ vehicle: { kind: 'car', plateCountry: 'vnm', plateNumber: '81a 12345' } });

    const view = await submittedDeclaration(client, draft);

    expect(view.data.vehicle).toEqual({ kind: 'car', plateCountry: 'VNM', plateNumber: '81A-123.45' });
    expect(await storedPlate(view.id)).toEqual({ plateNumber: '81A-123.45', searchKey: '81A12345' });
  });

  it('rejects an invalid Vietnamese plate with the expected format', async () => {
    const draft = completeDraft({
      vehicle: { kind: 'motorbike', plateCountry: 'VNM', plateNumber: '81A-123.45' },
    });

    const response = await client.post(DECLARATIONS, draft).expect(400);

    expect(response.body.errors).toEqual([
      {
        path: 'vehicle.plateNumber',
        code: 'invalidVietnamPlate',
        message: jasmine.stringMatching(/^Vehicle – Plate number .*81B1-234\.56 for a motorbike/),
      },
    ]);
  });

  it('accepts a Cambodian plate as free text', async () => {
    const draft = completeDraft({
      vehicle: { kind: 'motorbike', plateCountry: 'KHM', plateNumber: 'រតនគិរី 1A-2345' },
    });

    const view = await submittedDeclaration(client, draft);

    expect(view.status).toBe('submitted');
    expect(view.data.vehicle?.plateNumber).toBe('រតនគិរី 1A-2345');
    expect(await storedPlate(view.id)).toEqual({ plateNumber: 'រតនគិរី 1A-2345', searchKey: '1A2345' });
  });

  it('rejects markup in a foreign plate', async () => {
    const draft = completeDraft({ vehicle: { kind: 'car', plateCountry: 'KHM', plateNumber: '<b>2A</b>' } });

    const response = await client.post(DECLARATIONS, draft).expect(400);

    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'vehicle.plateNumber', code: 'invalidForeignPlate' }),
    );
  });

  it('keeps an incomplete vehicle in a draft but not at submission', async () => {
    const created = await client.post(DECLARATIONS, completeDraft({ vehicle: { kind: 'car' } })).expect(201);

    const response = await client
      .post(`${DECLARATIONS}/${created.body.id}/submit`, { version: 1 })
      .expect(422);

    expect(created.body.data.vehicle).toEqual({ kind: 'car' });
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'vehicle.plateCountry',
      'vehicle.plateNumber',
    ]);
  });

  it('removes the vehicle when a draft update leaves it out', async () => {
    const draft = completeDraft({ vehicle: { kind: 'car', plateCountry: 'VNM', plateNumber: '81A-1234' } });
    const created = (await client.post(DECLARATIONS, draft).expect(201)).body as DeclarationView;

    const updated = await client
      .put(`${DECLARATIONS}/${created.id}`, { version: created.version, data: completeDraft() })
      .expect(200);

    expect(updated.body.data.vehicle).toBeUndefined();
  });

  it('shows the vehicle to the reviewing officer', async () => {
    const draft = completeDraft({ vehicle: { kind: 'car', plateCountry: 'VNM', plateNumber: '81A-123.45' } });
    const view = await submittedDeclaration(client, draft);
    const { client: officer } = await signedInOfficer();

    const response = await officer.get(`/api/officer/declarations/${view.id}`).expect(200);

    expect(response.body.data.vehicle).toEqual({
      kind: 'car',
      plateCountry: 'VNM',
      plateNumber: '81A-123.45',
    });
  });
});
