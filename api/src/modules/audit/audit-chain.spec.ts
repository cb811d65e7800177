import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { QueryTypes, type Sequelize } from 'sequelize';

import { REPO_ROOT } from '../../lib/config';
import { createSequelize } from '../../lib/db';
import { createMigrator, migrateAndSeed } from '../../lib/migrator';
import { signedInOfficer } from '../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { testEnvironment } from '../../test/test-environment';
import { GENESIS_HASH } from './audit-chain';
import { verifyAuditChain } from './audit-chain-verifier';

const run = promisify(execFile);

/** Appends one row as any code path would, with a plain INSERT; the trigger chains it. */
async function appendRow(
  sequelize: Sequelize,
  action: string,
  details: object | null = null,
): Promise<string> {
  const [row] = await sequelize.query<{ id: string }>(
    `INSERT INTO audit_log (actor_type, actor_id, action, declaration_id, ip, details, at)
     VALUES ('officer', gen_random_uuid(), :action, gen_random_uuid(), '10.0.0.7', :details, now())
     RETURNING id::text AS id`,
    { replacements: { action, details: details ? JSON.stringify(details) : null }, type: QueryTypes.SELECT },
  );
  return row.id;
}

/** Changes the table as a superuser who switched the triggers off, which is what the chain must reveal. */
async function tamper(
  sequelize: Sequelize,
  statement: string,
  replacements: Record<string, unknown>,
): Promise<void> {
  await sequelize.transaction(async (transaction) => {
    await sequelize.query('SET LOCAL session_replication_role = replica', { transaction });
    await sequelize.query(statement, { replacements, transaction });
  });
}

/** Runs `npm run audit:verify`'s script against a database and returns its exit code and output. */
async function runVerifyCommand(databaseUrl: string): Promise<{ exitCode: number; output: string }> {
  const script = path.join(REPO_ROOT, 'api/src/audit-verify.ts');
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
      cwd: path.join(REPO_ROOT, 'api'),
      env: { PATH: process.env['PATH'], DATABASE_URL: databaseUrl },
    });
    return { exitCode: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('audit chain', () => {
  let template: TestDatabase;
  let database: TestDatabase;
  let sequelize: Sequelize;
  let rowIds: string[];

  // Tampering needs a database of its own: the shared one must keep an intact chain. Each spec
  // copies a migrated template, which is much faster than migrating a new database.
  beforeAll(async () => {
    template = await createTestDatabase(process.env['TEST_DATABASE_URL']);
    const migrating = createSequelize({ databaseUrl: template.url }, testEnvironment().logger);
    await migrateAndSeed(migrating, testEnvironment().logger);
    await migrating.close();
  }, 120_000);

  afterAll(async () => {
    await template.drop();
  });

  beforeEach(async () => {
    database = await createTestDatabase(process.env['TEST_DATABASE_URL'], { template });
    sequelize = createSequelize({ databaseUrl: database.url }, testEnvironment().logger);
    rowIds = [];
    for (const action of [
      'declaration.viewed',
      'declaration.approved',
      'officer.sign-in.succeeded',
      'result.retried',
    ]) {
      rowIds.push(
        await appendRow(sequelize, action, { filter: { status: 'submitted', page: 1 }, note: 'Đức' }),
      );
    }
  });

  afterEach(async () => {
    await sequelize.close();
    await database.drop();
  });

  it('verifies an intact chain', async () => {
    const report = await verifyAuditChain(sequelize);

    expect(report).toEqual({
      checkedRows: 4,
      headHash: jasmine.stringMatching(/^[0-9a-f]{64}$/),
      firstBreak: null,
    });
  });

  it('links each row to the one before', async () => {
    const rows = await sequelize.query<{ previous: string; hash: string }>(
      'SELECT previous_hash AS previous, hash FROM audit_log ORDER BY id',
      { type: QueryTypes.SELECT },
    );

    expect(rows[0].previous).toBe(GENESIS_HASH);
    for (let index = 1; index < rows.length; index++) {
      expect(rows[index].previous).toBe(rows[index - 1].hash);
    }
  });

  it('rejects edits and deletions through the table', async () => {
    await expectAsync(
      sequelize.query(`UPDATE audit_log SET ip = '10.9.9.9' WHERE id = :id`, {
        replacements: { id: rowIds[1] },
      }),
    ).toBeRejectedWithError(/append-only/);
    await expectAsync(
      sequelize.query('DELETE FROM audit_log WHERE id = :id', { replacements: { id: rowIds[1] } }),
    ).toBeRejectedWithError(/append-only/);
  });

  it('reports an edited row', async () => {
    await tamper(sequelize, `UPDATE audit_log SET ip = '10.9.9.9' WHERE id = :id`, { id: rowIds[1] });

    const report = await verifyAuditChain(sequelize);

    expect(report.firstBreak).toEqual({ kind: 'edited', rowId: rowIds[1] });
    expect(report.checkedRows).toBe(1);
  });

  it('reports an edit inside the details', async () => {
    await tamper(
      sequelize,
      `UPDATE audit_log SET details = jsonb_set(details, '{filter,page}', '2') WHERE id = :id`,
      {
        id: rowIds[2],
      },
    );

    expect((await verifyAuditChain(sequelize)).firstBreak).toEqual({ kind: 'edited', rowId: rowIds[2] });
  });

  it('reports an edit whose hash was recomputed', async () => {
    await tamper(
      sequelize,
      `UPDATE audit_log SET action = 'declaration.rejected',
              hash = audit_log_hash(previous_hash, id, actor_type, actor_id, 'declaration.rejected',
                                    declaration_id, ip, details, at)
        WHERE id = :id`,
      { id: rowIds[1] },
    );

    expect((await verifyAuditChain(sequelize)).firstBreak).toEqual({
      kind: 'link-broken',
      rowId: rowIds[2],
      previousRowId: rowIds[1],
    });
  });

  it('reports a deleted row', async () => {
    await tamper(sequelize, 'DELETE FROM audit_log WHERE id = :id', { id: rowIds[1] });

    const report = await verifyAuditChain(sequelize);

    expect(report.firstBreak).toEqual({ kind: 'link-broken', rowId: rowIds[2], previousRowId: rowIds[0] });
  });

  it('reports deleted newest rows', async () => {
    await tamper(sequelize, 'DELETE FROM audit_log WHERE id >= :id', { id: rowIds[2] });

    const report = await verifyAuditChain(sequelize);

    expect(report.firstBreak).toEqual({ kind: 'tail-missing', rowId: rowIds[3], lastRowId: rowIds[1] });
    expect(report.checkedRows).toBe(2);
  });

  it('chains concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        sequelize.transaction(async (transaction) => {
          await sequelize.query(
            `INSERT INTO audit_log (actor_type, action, at) VALUES ('system', :action, now())`,
            { replacements: { action: `spec.concurrent.${index}` }, transaction },
          );
          await sequelize.query('SELECT pg_sleep(0.01)', { transaction });
        }),
      ),
    );

    const report = await verifyAuditChain(sequelize);

    expect(report.firstBreak).toBeNull();
    expect(report.checkedRows).toBe(24);
  });

  it('hashes rows written before the chain existed', async () => {
    const before = await createTestDatabase(process.env['TEST_DATABASE_URL']);
    const early = createSequelize({ databaseUrl: before.url }, testEnvironment().logger);
    try {
      const migrator = createMigrator(early, testEnvironment().logger);
      await migrator.up({ to: '20261205060100-create-officer-gates.ts' });
      await early.query(
        `INSERT INTO audit_log (actor_type, action, ip, details, at)
         VALUES ('officer', 'declaration.viewed', '10.0.0.1', '{"count": 1}', now()),
                ('officer', 'declaration.approved', NULL, NULL, now())`,
      );

      await migrator.up();

      const report = await verifyAuditChain(early);
      expect(report).toEqual(jasmine.objectContaining({ checkedRows: 2, firstBreak: null }));
      await appendRow(early, 'declaration.rejected');
      expect((await verifyAuditChain(early)).firstBreak).toBeNull();
    } finally {
      await early.close();
      await before.drop();
    }
  });

  describe('npm run audit:verify', () => {
    it('exits 0 for an intact chain', async () => {
      const { exitCode, output } = await runVerifyCommand(database.url);

      expect(exitCode).toBe(0);
      expect(output).toMatch(/^Audit chain intact: 4 rows checked, head hash [0-9a-f]{64}\.\n$/);
    });

    it('names the first edited row', async () => {
      await tamper(sequelize, `UPDATE audit_log SET at = at - interval '1 hour' WHERE id = :id`, {
        id: rowIds[2],
      });

      const { exitCode, output } = await runVerifyCommand(database.url);

      expect(exitCode).toBe(1);
      expect(output).toContain(
        `Audit chain broken at row ${rowIds[2]}: row ${rowIds[2]} does not match its hash`,
      );
    });

    it('names the row after a deleted one', async () => {
      await tamper(sequelize, 'DELETE FROM audit_log WHERE id = :id', { id: rowIds[0] });

      const { exitCode, output } = await runVerifyCommand(database.url);

      expect(exitCode).toBe(1);
      expect(output).toContain(`Audit chain broken at row ${rowIds[1]}`);
      expect(output).toContain('a row between them was deleted');
    });

    it('exits 2 without a database', async () => {
      const { exitCode, output } = await runVerifyCommand('');

      expect(exitCode).toBe(2);
      expect(output).toContain('DATABASE_URL is required');
    });
  });
});

describe('audit chain of the running app', () => {
  it('stays intact under real traffic', async () => {
    const { client } = await signedInOfficer();
    await client.get('/api/officer/declarations').expect(200);
    await client.post('/api/officer/logout').expect(204);

    const report = await verifyAuditChain(testEnvironment().sequelize);

    expect(report.firstBreak).toBeNull();
    expect(report.checkedRows).toBeGreaterThan(2);
  });
});
