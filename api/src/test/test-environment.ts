import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

import type { Express } from 'express';
import type { Sequelize } from 'sequelize';

import { createApp } from '../app';
import { loadConfig, type Config } from '../lib/config';
import { createSequelize } from '../lib/db';
import { createLogger, type Logger } from '../lib/logger';
import { migrateAndSeed } from '../lib/migrator';
import { createSessionStores, type SessionStores } from '../lib/sessions';
import { demoSigningEnvironment } from '../modules/results/signing/demo-certificate';
import { createTestDatabase, type TestDatabase } from './test-database';

/** One migrated database and one in-process app, shared by every spec of a run. */
export interface TestEnvironment {
  config: Config;
  logger: Logger;
  sequelize: Sequelize;
  app: Express;
  /** The app listening on 127.0.0.1 at a free port, for supertest. */
  server: Server;
}

let environment: TestEnvironment | undefined;
let teardown: (() => Promise<void>) | undefined;

/** Returns the environment of this run. Specs call it inside `it` or `beforeEach`, after the global setup ran. */
export function testEnvironment(): TestEnvironment {
  if (!environment) {
    throw new Error(
      'The test environment is not set up. Add test/jasmine-setup.ts to the helpers in api/jasmine.json.',
    );
  }
  return environment;
}

function testConfig(databaseUrl: string, dataDir: string): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    REDIS_URL: process.env['REDIS_URL'],
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    DATA_DIR: dataDir,
    PUBLIC_BASE_URL: 'http://localhost:4200',
    WEB_DIST_DIR: path.join(dataDir, 'no-dist'),
    ...demoSigningEnvironment(),
    MAIL_DIR: path.join(dataDir, 'mail'),
  });
}

function listenOnFreePort(app: Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Creates the run's database, applies migrations and seeds, and starts the app. */
export async function setUpTestEnvironment(): Promise<TestEnvironment> {
  const database: TestDatabase = await createTestDatabase(process.env['TEST_DATABASE_URL']);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'sg-test-data-'));
  const config = testConfig(database.url, dataDir);
  const logger = createLogger(config);
  const sequelize = createSequelize(config, logger);
  await migrateAndSeed(sequelize, logger);

  const sessionStores: SessionStores = createSessionStores(config, logger);
  const app = createApp({ config, logger, sequelize }, { sessionStores });
  const server = await listenOnFreePort(app);

  environment = { config, logger, sequelize, app, server };
  teardown = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await sessionStores.close();
    await sequelize.close();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  return environment;
}

export async function tearDownTestEnvironment(): Promise<void> {
  await teardown?.();
  environment = undefined;
  teardown = undefined;
}
