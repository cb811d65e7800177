/**
 * Starts the API server and the worker for an e2e run against a database of its own,
 * created here and dropped on exit. Playwright runs this as its web server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Client } from 'pg';

import { demoSigningEnvironment } from '../../api/src/modules/results/signing/demo-certificate';
import { clearOfficerTotpState } from './officer-totp';
import { E2E_ADMIN, E2E_BASE_URL, E2E_MAIL_DIR, E2E_PORT } from './stack-settings';

const repositoryRoot = resolve(__dirname, '../..');
const adminDatabaseUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const databaseName = `sg_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
const dataDirectory = mkdtempSync(join(tmpdir(), 'smartgate-e2e-'));
const children: ChildProcess[] = [];

async function runAdminStatement(statement: string): Promise<void> {
  const client = new Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function databaseUrl(): string {
  const url = new URL(adminDatabaseUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

function startChild(entry: string, environment: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, entry)], {
    cwd: repositoryRoot,
    env: environment,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${entry} exited early (code ${code}, signal ${signal})`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;

async function stop(exitCode: number): Promise<void> {
  if (stopping) {
    return;
  }
  stopping = true;

  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            done();
            return;
          }
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    ),
  );

  await runAdminStatement(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch((error: unknown) =>
    console.error(`Dropping e2e database ${databaseName} failed:`, error),
  );
  rmSync(dataDirectory, { recursive: true, force: true });
  rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
  process.exit(exitCode);
}

async function main(): Promise<void> {
  await runAdminStatement(`CREATE DATABASE "${databaseName}"`);
  clearOfficerTotpState();
  rmSync(E2E_MAIL_DIR, { recursive: true, force: true });

  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(E2E_PORT),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(),
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    DATA_DIR: dataDirectory,
    PUBLIC_BASE_URL: E2E_BASE_URL,
    WEB_DIST_DIR: join(repositoryRoot, 'dist'),
    ADMIN_USERNAME: E2E_ADMIN.username,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    QUEUE_PREFIX: `sg-e2e-${databaseName}`,
    LOG_LEVEL: 'warn',
    ...demoSigningEnvironment(),
    MAIL_DIR: E2E_MAIL_DIR,
  };

  startChild('api/src/server.ts', environment);

  // The server runs the migrations, so the worker starts once the health check passes.
  await waitForHealth();
  startChild('api/src/worker.ts', environment);
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const healthy = await fetch(`${E2E_BASE_URL}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) {
      return;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The e2e server did not answer on ${E2E_BASE_URL}/api/health within 120 s`);
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

main().catch(async (error: unknown) => {
  console.error('Starting the e2e stack failed:', error);
  await stop(1);
});
