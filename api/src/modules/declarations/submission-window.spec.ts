import { displayDateOnly } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { addDays, daysFromToday } from '../../test/dates';
import { completeDraft, signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const DECLARATIONS = '/api/applicant/declarations';

describe('submission window of a gate', () => {
  let client: ApiClient;

  async function submitFor(plannedCrossingDate: string, gateCode = 'LT') {
    const created = await client
      .post(DECLARATIONS, completeDraft({ plannedCrossingDate, gateCode }))
      .expect(201);
    return client.post(`${DECLARATIONS}/${created.body.id}/submit`, { version: 1 });
  }

  beforeEach(async () => {
    ({ client } = await signedInApplicant('en'));
  });

  it('accepts a declaration for today, the last day of its window', async () => {
    const response = await submitFor(daysFromToday(0));

    expect(response.status).toBe(200);
  });

  it('accepts a declaration on the first day of its window', async () => {
    const response = await submitFor(daysFromToday(7));

    expect(response.status).toBe(200);
  });

  it('rejects a too early submission with the dates', async () => {
    const crossing = daysFromToday(8);

    const response = await submitFor(crossing);

    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const from = displayDateOnly(addDays(crossing, -7));
    const until = displayDateOnly(crossing);
    expect(response.body.errors).toEqual([
      {
        path: 'plannedCrossingDate',
        code: 'outsideSubmissionWindow',
        message: jasmine.stringMatching(`Planned crossing date.*${from}.*${until}`),
        params: { from, until },
      },
    ]);
  });

  it("follows the window that the gate's reference data sets", async () => {
    await testEnvironment().sequelize.query(
      `INSERT INTO gates (code, name_vi, name_en, facing_gate_name, facing_province, facing_country,
                          active, submission_opens_days_before)
       VALUES ('W2', 'Cửa khẩu thử', 'Test gate', 'None', 'None', 'KHM', true, 2) ON CONFLICT DO NOTHING`,
    );

    expect((await submitFor(daysFromToday(2), 'W2')).status).toBe(200);
    const tooEarly = await submitFor(daysFromToday(3), 'W2');

    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.errors[0].params).toEqual({
      from: displayDateOnly(daysFromToday(1)),
      until: displayDateOnly(daysFromToday(3)),
    });
  });
});
