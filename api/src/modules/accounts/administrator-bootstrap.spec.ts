import { QueryTypes, type Sequelize } from 'sequelize';

import { createSequelize } from '../../lib/db';
import { migrateAndSeed } from '../../lib/migrator';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { testEnvironment } from '../../test/test-environment';
import { ensureAdministrator } from './administrator-bootstrap';
import { verifyPassword } from './password-hashing';

interface OfficerRow {
  username: string;
  full_name: string;
  role: string;
  password_hash: string;
  password_change_required: boolean;
}

describe('ensureAdministrator', () => {
  let database: TestDatabase;
  let sequelize: Sequelize;

  // The shared test database already has officers, so these specs use an empty one of their own.
  beforeEach(async () => {
    database = await createTestDatabase(process.env['TEST_DATABASE_URL']);
    sequelize = createSequelize({ databaseUrl: database.url }, testEnvironment().logger);
    await migrateAndSeed(sequelize, testEnvironment().logger);
  });

  afterEach(async () => {
    await sequelize.close();
    await database.drop();
  });

  async function officers(): Promise<OfficerRow[]> {
    return sequelize.query<OfficerRow>(
      'SELECT username, full_name, role, password_hash, password_change_required FROM officers',
      {
        type: QueryTypes.SELECT,
      },
    );
  }

  it('creates admin with a generated password once', async () => {
    const created = await ensureAdministrator(sequelize, {});
    const again = await ensureAdministrator(sequelize, {});

    const rows = await officers();
    expect(created?.username).toBe('admin');
    expect(created?.generatedPassword?.length).toBeGreaterThanOrEqual(20);
    expect(again).toBeNull();
    expect(rows.length).toBe(1);
    expect(rows[0].role).toBe('administrator');
    expect(rows[0].full_name).toBe('Quản trị viên');
    expect(rows[0].password_change_required).toBeTrue();
    expect(await verifyPassword(rows[0].password_hash, created!.generatedPassword!)).toBeTrue();
  });

  it('assigns the administrator to every gate', async () => {
    await ensureAdministrator(sequelize, {});

    const gates = await sequelize.query<{ code: string }>('SELECT code FROM gates ORDER BY code', {
      type: QueryTypes.SELECT,
    });
    const assigned = await sequelize.query<{ gate_code: string }>(
      'SELECT gate_code FROM officer_gates ORDER BY gate_code',
      { type: QueryTypes.SELECT },
    );
    expect(gates.length).toBeGreaterThan(0);
    expect(assigned.map((row) => row.gate_code)).toEqual(gates.map((gate) => gate.code));
  });

  it('uses the configured username and password', async () => {
    const created = await ensureAdministrator(sequelize, {
      adminUsername: 'chief',
      adminPassword: 'configured password',
    });

    const [row] = await officers();
    expect(created).toEqual({ username: 'chief', generatedPassword: undefined });
    expect(row.username).toBe('chief');
    expect(row.password_change_required).toBeFalse();
    expect(await verifyPassword(row.password_hash, 'configured password')).toBeTrue();
  });
});
