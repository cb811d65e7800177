import { ApiClient } from '../../test/api-client';
import { signedInApplicant } from '../../test/factories';
import { ensureOtherGate } from '../gate/gate-fixtures';
import {
  ASSISTED,
  countFiledBy,
  counterFilingBody,
  counterOfficer,
  fileAtCounter,
} from './assisted-filing-fixtures';

describe('counter filing access', () => {
  it('rejects a request without a session with 401', async () => {
    const visitor = await ApiClient.create();

    await fileAtCounter(visitor, counterFilingBody()).expect(401);
  });

  it("treats an applicant's session as no officer with 401", async () => {
    const { client: applicant } = await signedInApplicant();

    await fileAtCounter(applicant, counterFilingBody()).expect(401);
    await applicant.get(`${ASSISTED}/00000000-0000-4000-8000-000000000000`).expect(401);
  });

  it("rejects a gate outside the officer's gates with 403", async () => {
    await ensureOtherGate();
    const reviewer = await counterOfficer('reviewer');

    const response = await fileAtCounter(reviewer.client, counterFilingBody({ gateCode: 'SPECG' })).expect(
      403,
    );

    expect(response.body.detail).toContain('cửa khẩu');
    expect(await countFiledBy(reviewer.id)).toBe(0);
  });

  it('hides a filing of another gate from the status poll', async () => {
    await ensureOtherGate();
    const atGate = await counterOfficer('reviewer', ['LT']);
    const elsewhere = await counterOfficer('reviewer', ['SPECG']);
    const filed = await fileAtCounter(atGate.client, counterFilingBody()).expect(201);

    await elsewhere.client.get(`${ASSISTED}/${(filed.body as { id: string }).id}`).expect(404);
  });

  it('lets every officer role file', async () => {
    for (const role of ['gate_officer', 'reviewer', 'supervisor', 'administrator'] as const) {
      const officer = await counterOfficer(role);

      const response = await fileAtCounter(officer.client, counterFilingBody());

      expect(response.status).withContext(role).toBe(201);
    }
  });
});
