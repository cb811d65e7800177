import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { UnrecoverableError, type Job } from 'bullmq';
import { QueryTypes } from 'sequelize';

import { approvedDeclaration, travellerRow } from '../../modules/results/results-fixtures';
import { testEnvironment } from '../../test/test-environment';
import {
  createRenderResultProcessor,
  renderResult,
  type RenderResultDependencies,
} from './render-result.processor';

const run = promisify(execFile);

interface IssuedRow {
  status: string;
  number: string;
  token: string;
  pdfPath: string | null;
  pdfSha256: string | null;
  issuedAt: Date | null;
  attempts: number;
  lastError: string | null;
  declarationStatus: string;
  declarationVersion: number;
}

async function resultState(resultId: string): Promise<IssuedRow> {
  const [row] = await testEnvironment().sequelize.query<IssuedRow>(
    `SELECT r.status, r.number, r.token, r.pdf_path AS "pdfPath", r.pdf_sha256 AS "pdfSha256",
            r.issued_at AS "issuedAt", r.attempts, r.last_error AS "lastError",
            d.status AS "declarationStatus", d.version AS "declarationVersion"
     FROM results r JOIN declarations d ON d.id = r.declaration_id WHERE r.id = :resultId`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  return row;
}

function dependencies(): RenderResultDependencies {
  const { sequelize, logger, config } = testEnvironment();
  return { sequelize, logger, config };
}

async function storedPdfCount(): Promise<number> {
  const files = await readdir(path.join(testEnvironment().config.dataDir, 'results')).catch(() => []);
  return files.length;
}

describe('renderResult', () => {
  it('stores the PDF and issues the result', async () => {
    const { config, sequelize } = testEnvironment();
    const decomposed = 'Nguyễn Trọng Thiện'.normalize('NFD');
    const approved = await approvedDeclaration(sequelize, {
      travellers: [travellerRow({ fullName: 'Trần Thị Bích Ngọc' }), travellerRow({ fullName: decomposed })],
    });

    const outcome = await renderResult(dependencies(), { resultId: approved.resultId, version: 1 });

    const state = await resultState(approved.resultId);
    expect(outcome).toBe('issued');
    expect(state.status).toBe('issued');
    expect(state.declarationStatus).toBe('issued');
    expect(state.declarationVersion).toBe(4);
    expect(state.issuedAt).not.toBeNull();
    expect(state.pdfPath).toMatch(/^results\/[0-9a-f]{32}\.pdf$/);
    const file = path.join(config.dataDir, state.pdfPath ?? '');
    expect(
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    ).toBe(state.pdfSha256 ?? '');
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(text).toContain('Nguyễn Trọng Thiện');
    expect(text).toContain(state.number);
    expect(text).toContain(`${config.publicBaseUrl}/verify/${state.token}`);
  });

  it('records the issue as a system event', async () => {
    const { sequelize } = testEnvironment();
    const approved = await approvedDeclaration(sequelize);

    await renderResult(dependencies(), { resultId: approved.resultId, version: 1 });

    const events = await sequelize.query<{ fromStatus: string; actorType: string; actorId: string | null }>(
      `SELECT from_status AS "fromStatus", actor_type AS "actorType", actor_id AS "actorId"
       FROM declaration_events WHERE declaration_id = :declarationId AND to_status = 'issued'`,
      { replacements: { declarationId: approved.declarationId }, type: QueryTypes.SELECT },
    );
    expect(events).toEqual([{ fromStatus: 'approved', actorType: 'system', actorId: null }]);
  });

  it('changes nothing when run again', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize);
    await renderResult(dependencies(), { resultId: approved.resultId, version: 1 });
    const first = await resultState(approved.resultId);
    const filesBefore = await storedPdfCount();

    const outcome = await renderResult(dependencies(), { resultId: approved.resultId, version: 1 });

    expect(outcome).toBe('skipped');
    expect(await resultState(approved.resultId)).toEqual(first);
    expect(await storedPdfCount()).toBe(filesBefore);
  });

  it('issues once when two runs race', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize);
    const filesBefore = await storedPdfCount();

    const outcomes = await Promise.all([
      renderResult(dependencies(), { resultId: approved.resultId, version: 1 }),
      renderResult(dependencies(), { resultId: approved.resultId, version: 1 }),
    ]);

    expect(outcomes.sort()).toEqual(['issued', 'skipped']);
    expect(await storedPdfCount()).toBe(filesBefore + 1);
    expect((await resultState(approved.resultId)).attempts).toBe(1);
  });

  it('skips a job of another version', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize);

    const outcome = await renderResult(dependencies(), { resultId: approved.resultId, version: 2 });

    expect(outcome).toBe('skipped');
    expect((await resultState(approved.resultId)).status).toBe('pending');
  });

  it('fails for good on an unknown result', async () => {
    await expectAsync(
      renderResult(dependencies(), { resultId: randomUUID(), version: 1 }),
    ).toBeRejectedWithError(UnrecoverableError);
  });
});

describe('createRenderResultProcessor', () => {
  /** Builds a job with only the fields that the processor reads. */
  function job(data: unknown, attemptsMade = 0): Job {
    return { id: 'spec-job', data, attemptsMade, opts: { attempts: 5 } } as unknown as Job;
  }

  it('rejects a payload without ids', async () => {
    const processor = createRenderResultProcessor(dependencies());

    await expectAsync(processor(job({ fullName: 'Nguyễn Văn An' }))).toBeRejectedWithError(
      UnrecoverableError,
    );
  });

  it('marks a result failed when its declaration has no travellers', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize, { travellers: [] });
    const processor = createRenderResultProcessor(dependencies());

    await expectAsync(processor(job({ resultId: approved.resultId, version: 1 }))).toBeRejectedWithError(
      UnrecoverableError,
    );

    const state = await resultState(approved.resultId);
    expect(state.status).toBe('failed');
    expect(state.attempts).toBe(1);
    expect(state.lastError).toContain('has no travellers');
    expect(state.declarationStatus).toBe('approved');
  });

  /** Dependencies whose data directory cannot be created, so storing fails like a full disk would. */
  function unwritableStorage(): RenderResultDependencies {
    const base = dependencies();
    return { ...base, config: { ...base.config, dataDir: '/dev/null/results-spec' } };
  }

  it('keeps a result pending before the last attempt', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize);
    const processor = createRenderResultProcessor(unwritableStorage());

    await expectAsync(processor(job({ resultId: approved.resultId, version: 1 }, 1))).toBeRejected();

    const state = await resultState(approved.resultId);
    expect(state.status).toBe('pending');
    expect(state.attempts).toBe(1);
    expect(state.lastError).toContain('ENOTDIR');
  });

  it('marks a result failed after the last attempt', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize);
    const processor = createRenderResultProcessor(unwritableStorage());

    await expectAsync(processor(job({ resultId: approved.resultId, version: 1 }, 4))).toBeRejected();

    expect((await resultState(approved.resultId)).status).toBe('failed');
  });

  it('issues a failed result on a later run', async () => {
    const approved = await approvedDeclaration(testEnvironment().sequelize);
    await expectAsync(
      createRenderResultProcessor(unwritableStorage())(job({ resultId: approved.resultId, version: 1 }, 4)),
    ).toBeRejected();

    const outcome = await createRenderResultProcessor(dependencies())(
      job({ resultId: approved.resultId, version: 1 }),
    );

    const state = await resultState(approved.resultId);
    expect(outcome).toBe('issued');
    expect(state.status).toBe('issued');
    expect(state.lastError).toBeNull();
  });
});
