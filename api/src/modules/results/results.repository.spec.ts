import { todayInTimeZone } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { testEnvironment } from '../../test/test-environment';
import { addDays } from './result-rules';
import { approve, approvedDeclaration, insertSubmittedDeclaration } from './results-fixtures';
import { createPendingResult, findResultViews } from './results.repository';

interface ResultRow {
  number: string;
  sequence: number;
  year: number;
  token: string;
  status: string;
  validFrom: string;
  validUntil: string;
}

async function resultRow(resultId: string): Promise<ResultRow> {
  const [row] = await testEnvironment().sequelize.query<ResultRow>(
    `SELECT number, sequence, year, token, status, valid_from AS "validFrom", valid_until AS "validUntil"
     FROM results WHERE id = :resultId`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  return row;
}

async function highestSequence(): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ highest: number | null }>(
    `SELECT max(sequence) AS highest FROM results WHERE gate_code = 'LT'`,
    { type: QueryTypes.SELECT },
  );
  return row.highest ?? 0;
}

describe('createPendingResult', () => {
  it('numbers concurrent approvals without gaps or repeats', async () => {
    const { sequelize } = testEnvironment();
    const submitted = await Promise.all(
      Array.from({ length: 12 }, () => insertSubmittedDeclaration(sequelize)),
    );

    const approved = await Promise.all(submitted.map((declaration) => approve(sequelize, declaration)));

    const rows = await Promise.all(approved.map((declaration) => resultRow(declaration.resultId)));
    const sequences = rows.map((row) => row.sequence).sort((a, b) => a - b);
    expect(new Set(rows.map((row) => row.number)).size).toBe(12);
    expect(sequences[11] - sequences[0]).toBe(11);
    const year = Number(todayInTimeZone().slice(0, 4));
    for (const row of rows) {
      expect(row.year).toBe(year);
      expect(row.number).toBe(`LT-${year}-${String(row.sequence).padStart(6, '0')}`);
    }
  });

  it('gives the number of a rolled-back approval back', async () => {
    const { sequelize } = testEnvironment();
    const abandoned = await insertSubmittedDeclaration(sequelize);
    const before = await highestSequence();

    await expectAsync(
      sequelize.transaction(async (transaction) => {
        await createPendingResult(transaction, { ...abandoned, gateCode: 'LT' });
        throw new Error('approval failed after the result was created');
      }),
    ).toBeRejectedWithError('approval failed after the result was created');
    const next = await approvedDeclaration(sequelize);

    expect((await resultRow(next.resultId)).sequence).toBe(before + 1);
  });

  it('writes a pending result with a 43-character token', async () => {
    const { sequelize } = testEnvironment();

    const first = await approvedDeclaration(sequelize);
    const second = await approvedDeclaration(sequelize);

    const [firstRow, secondRow] = [await resultRow(first.resultId), await resultRow(second.resultId)];
    expect(firstRow.status).toBe('pending');
    expect(firstRow.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secondRow.token).not.toBe(firstRow.token);
  });

  it('writes one outbox message holding ids only', async () => {
    const { sequelize } = testEnvironment();

    const { resultId } = await approvedDeclaration(sequelize);

    const messages = await sequelize.query<{
      jobName: string;
      jobId: string;
      payload: unknown;
      enqueuedAt: Date | null;
    }>(
      `SELECT job_name AS "jobName", job_id AS "jobId", payload, enqueued_at AS "enqueuedAt"
       FROM outbox WHERE payload->>'resultId' = :resultId`,
      { replacements: { resultId }, type: QueryTypes.SELECT },
    );
    expect(messages.length).toBe(1);
    expect(messages[0].jobName).toBe('render-result');
    expect(messages[0].jobId).toBe(`render-result-${resultId}-v1`);
    expect(messages[0].payload).toEqual({ resultId, version: 1 });
    expect(messages[0].enqueuedAt).toBeNull();
  });

  it('makes a result valid for three days from the crossing', async () => {
    const { sequelize } = testEnvironment();
    const plannedCrossingDate = '2027-02-27';

    const { resultId } = await approvedDeclaration(sequelize, { plannedCrossingDate });

    const row = await resultRow(resultId);
    expect(row.validFrom).toBe('2027-02-27');
    expect(row.validUntil).toBe('2027-03-01');
  });

  it('follows the validity days of the gate', async () => {
    const { sequelize } = testEnvironment();
    const submitted = await insertSubmittedDeclaration(sequelize, { plannedCrossingDate: '2027-05-10' });
    let validUntil = '';

    // The gate change stays inside a transaction that is rolled back, so other specs keep 3 days.
    await sequelize
      .transaction(async (transaction) => {
        await sequelize.query(`UPDATE gates SET result_validity_days = 5 WHERE code = 'LT'`, { transaction });
        await createPendingResult(transaction, { ...submitted, gateCode: 'LT' });
        const [row] = await sequelize.query<{ validUntil: string }>(
          `SELECT valid_until AS "validUntil" FROM results WHERE declaration_id = :declarationId`,
          { replacements: submitted, transaction, type: QueryTypes.SELECT },
        );
        validUntil = row.validUntil;
        throw new Error('roll back');
      })
      .catch(() => undefined);

    expect(validUntil).toBe(addDays('2027-05-10', 4));
  });

  it('rejects a second result for one declaration', async () => {
    const { sequelize } = testEnvironment();
    const submitted = await insertSubmittedDeclaration(sequelize);
    await approve(sequelize, submitted);

    const again = sequelize.transaction((transaction) =>
      createPendingResult(transaction, { ...submitted, gateCode: 'LT' }),
    );

    await expectAsync(again).toBeRejected();
  });
});

describe('findResultViews', () => {
  it('returns results by declaration id', async () => {
    const { sequelize } = testEnvironment();
    const approved = await approvedDeclaration(sequelize, { plannedCrossingDate: '2027-01-10' });
    const withoutResult = await insertSubmittedDeclaration(sequelize);

    const views = await findResultViews(sequelize, [approved.declarationId, withoutResult.declarationId]);

    expect(views.size).toBe(1);
    expect(views.get(approved.declarationId)).toEqual(
      jasmine.objectContaining({
        status: 'pending',
        validFrom: '2027-01-10',
        validUntil: '2027-01-12',
        issuedAt: null,
      }),
    );
    expect(views.get(approved.declarationId)?.number).toMatch(/^LT-\d{4}-\d{6}$/);
  });

  it('shows a failed render as failed', async () => {
    const { sequelize } = testEnvironment();
    const approved = await approvedDeclaration(sequelize);
    await sequelize.query(`UPDATE results SET status = 'failed' WHERE id = :resultId`, {
      replacements: { resultId: approved.resultId },
    });

    const views = await findResultViews(sequelize, [approved.declarationId]);

    expect(views.get(approved.declarationId)?.status).toBe('failed');
  });

  it('returns an empty map for no ids', async () => {
    expect((await findResultViews(testEnvironment().sequelize, [])).size).toBe(0);
  });
});
