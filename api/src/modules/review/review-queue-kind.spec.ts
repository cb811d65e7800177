import type { QueuePage } from '@smartgate/shared-models';

import { signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { makeCargo } from '../results/result-cargo.fixtures';
import { REVIEW, ensureSpecGate, gateOfficer, submitAtGate } from './queue-fixtures';

const GATE = 'KINDG';

describe('queue kind filter', () => {
  let officer: Awaited<ReturnType<typeof gateOfficer>>['client'];
  let travelId: string;
  let cargoId: string;

  beforeAll(async () => {
    await ensureSpecGate(GATE);
    ({ client: officer } = await gateOfficer([GATE]));
    const { client: applicant } = await signedInApplicant();
    travelId = (await submitAtGate(applicant, GATE, [{ fullName: 'Nguyễn Văn An' }])).id;
    cargoId = (await submitAtGate(applicant, GATE, [{ fullName: 'Trần Văn Lộc' }])).id;
    await makeCargo(testEnvironment().sequelize, cargoId);
  });

  async function list(query: string): Promise<QueuePage> {
    return (await officer.get(`${REVIEW}?queue=all&${query}`).expect(200)).body as QueuePage;
  }

  it('lists cargo only', async () => {
    const page = await list('declarationKind=cargo');

    expect(page.items.map((item) => item.id)).toEqual([cargoId]);
    expect(page.items[0].kind).toBe('cargo');
    expect(page.items[0].businessName).toBe('Công ty TNHH Nông sản Đức Cơ');
  });

  it('lists travellers only', async () => {
    const page = await list('declarationKind=crossing');

    expect(page.items.map((item) => item.id)).toEqual([travelId]);
    expect(page.items[0].kind).toBe('travel');
    expect(page.items[0].businessName).toBeNull();
  });

  it('lists both without the filter', async () => {
    const page = await list('sort=submittedAt&order=asc');

    expect(page.items.map((item) => item.id)).toEqual([travelId, cargoId]);
  });
});
