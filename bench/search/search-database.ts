import pg from 'pg';
import { pino } from 'pino';
import type { Sequelize } from 'sequelize';

import { createSequelize } from '../../api/src/lib/db';
import { migrateAndSeed } from '../../api/src/lib/migrator';
import { defineModels } from '../../api/src/models';
import { seedSearchData } from './seed-search-data';

/** Server of the benchmark database. Its database `test` exists already and serves for CREATE DATABASE. */
const ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
/** Kept between runs, because seeding takes minutes: `--reseed` builds it again. */
export const SEARCH_DATABASE = 'sg_bench_search';
/** Raised whenever the seed changes, so that an older seeded database is built again. */
const SEED_VERSION = 6;

/** The benchmark database, migrated and seeded, with how the seed came about. */
export interface SearchDatabase {
  sequelize: Sequelize;
  declarations: number;
  travellers: number;
  /** Seconds the seed took in this run, or null when an earlier run's seed was reused. */
  seedSeconds: number | null;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(): string {
  return ADMIN_DATABASE_URL.replace(/\/test$/, `/${SEARCH_DATABASE}`);
}

async function databaseExists(): Promise<boolean> {
  return withClient(ADMIN_DATABASE_URL, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      SEARCH_DATABASE,
    ]);
    return rowCount === 1;
  });
}

/** Returns the number of declarations an earlier run seeded with this seed version, or null. */
async function seededCount(): Promise<number | null> {
  if (!(await databaseExists())) {
    return null;
  }
  return withClient(databaseUrl(), async (client) => {
    const { rows } = await client.query<{ declarations: number }>(
      `SELECT declarations FROM pg_tables, LATERAL (SELECT declarations, seed_version FROM bench_search_seed) s
        WHERE tablename = 'bench_search_seed' AND seed_version = $1`,
      [SEED_VERSION],
    );
    return rows[0]?.declarations ?? null;
  }).catch(() => null);
}

async function recreateDatabase(): Promise<void> {
  await withClient(ADMIN_DATABASE_URL, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${SEARCH_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${SEARCH_DATABASE}`);
  });
}

async function seed(count: number): Promise<number> {
  const started = performance.now();
  await withClient(databaseUrl(), async (client) => {
    await seedSearchData(client, count);
    await client.query(
      'CREATE TABLE bench_search_seed (declarations int, seed_version int, seeded_at timestamptz)',
    );
    await client.query('INSERT INTO bench_search_seed VALUES ($1, $2, now())', [count, SEED_VERSION]);
  });
  return (performance.now() - started) / 1000;
}

/**
 * Opens the benchmark database `sg_bench_search`, seeding `count` declarations first unless an
 * earlier run left exactly that many (or `reseed` is set). Migrations are applied either way,
 * so the indexes are the ones the API creates.
 */
export async function openSearchDatabase(count: number, reseed: boolean): Promise<SearchDatabase> {
  const reusable = !reseed && (await seededCount()) === count;
  if (!reusable) {
    console.log(`Seeding ${count} declarations into ${SEARCH_DATABASE}`);
    await recreateDatabase();
  }

  const logger = pino({ level: 'warn' });
  const sequelize = createSequelize({ databaseUrl: databaseUrl() }, logger);
  await migrateAndSeed(sequelize, logger);
  defineModels(sequelize);

  const seedSeconds = reusable ? null : await seed(count);
  if (reusable) {
    console.log(`Reusing the ${count} declarations seeded earlier in ${SEARCH_DATABASE}`);
  }

  const [[totals]] = (await sequelize.query(
    `SELECT (SELECT count(*) FROM declarations)::int AS declarations,
            (SELECT count(*) FROM declaration_travellers)::int AS travellers`,
  )) as [{ declarations: number; travellers: number }[], unknown];
  return { sequelize, ...totals, seedSeconds };
}
