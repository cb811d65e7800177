import { randomBytes } from 'node:crypto';

import pg from 'pg';

/** Default server of the per-run test databases. Its URL names an existing database to run CREATE DATABASE from. */
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function runAdminStatement(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates a database `sg_test_<random>` on the server of `adminUrl`, so parallel runs never
 * share data: empty, or a copy of `template`, a test database that no one is connected to.
 * `drop()` removes it, closing connections left open.
 */
export async function createTestDatabase(
  adminUrl = DEFAULT_ADMIN_URL,
  options: { template?: TestDatabase } = {},
): Promise<TestDatabase> {
  const name = `sg_test_${randomBytes(6).toString('hex')}`;
  const template = options.template ? ` TEMPLATE ${new URL(options.template.url).pathname.slice(1)}` : '';
  await runAdminStatement(adminUrl, `CREATE DATABASE ${name}${template}`);

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  return {
    url: url.toString(),
    drop: () => runAdminStatement(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
