import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Redis } from 'ioredis';
import pg from 'pg';

import { demoSigningEnvironment } from '../../api/src/modules/results/signing/demo-certificate';
import { processCpuMs } from './process-cpu';
import { logTail, startTsProcess, stopProcess, waitForLog, type BenchProcess } from './bench-processes';

/** Server of the benchmark's own database. Its database `test` exists already and serves for CREATE DATABASE. */
const ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = 'redis://127.0.0.1:6379';
/** 3900 belongs to the e2e tests. */
const PORT_RANGE = { first: 3901, last: 3999 };
const START_TIMEOUT_MS = 120_000;

export const ADMIN_USERNAME = 'bench-admin';
export const ADMIN_PASSWORD = randomBytes(12).toString('base64url');

/** A running API and worker(s) on a database and a queue prefix of their own. */
export interface BenchStack {
  baseUrl: string;
  databaseUrl: string;
  logFolder: string;
  /** CPU time used so far by the API and by all worker processes together, in milliseconds. */
  cpuMs(): Promise<{ api: number; workers: number }>;
  stop(): Promise<void>;
}

export interface StackOptions {
  workerProcesses: number;
  /** WORKER_CONCURRENCY of each worker process. Left out, the worker uses its default. */
  workerConcurrency?: number;
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = PORT_RANGE.first; port <= PORT_RANGE.last; port++) {
    if (await isPortFree(port)) {
      return port;
    }
  }
  throw new Error(`No free port between ${PORT_RANGE.first} and ${PORT_RANGE.last}`);
}

/** Deletes every Redis key under the benchmark's queue prefix. */
async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) {
        await redis.del(...keys);
      }
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

function stackEnvironment(settings: { port: number; databaseUrl: string; folder: string; prefix: string }) {
  return {
    PATH: process.env['PATH'],
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(settings.port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${settings.port}`,
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: settings.prefix,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    DATA_DIR: path.join(settings.folder, 'data'),
    MAIL_DIR: path.join(settings.folder, 'mail'),
    WEB_DIST_DIR: path.join(settings.folder, 'no-web-apps'),
    ADMIN_USERNAME,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'info',
    ...demoSigningEnvironment(),
  };
}

/**
 * Creates a database `sg_bench_<random>`, starts the API on a free port (it applies the
 * migrations and creates the administrator), then the worker processes on a queue prefix of
 * their own. `stop()` stops the processes and removes the database, the keys and the files.
 */
export async function startStack(options: StackOptions): Promise<BenchStack> {
  const suffix = randomBytes(6).toString('hex');
  const databaseName = `sg_bench_${suffix}`;
  const prefix = `sg-bench-${suffix}`;
  const folder = await mkdtemp(path.join(tmpdir(), 'sg-bench-'));
  const port = await freePort();
  const databaseUrl = ADMIN_DATABASE_URL.replace(/\/test$/, `/${databaseName}`);
  const processes: BenchProcess[] = [];

  const stop = async () => {
    for (const process of processes.reverse()) {
      await stopProcess(process);
    }
    await deleteQueueKeys(prefix);
    await adminQuery(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await rm(folder, { recursive: true, force: true });
  };

  await adminQuery(`CREATE DATABASE ${databaseName}`);
  const env = stackEnvironment({ port, databaseUrl, folder, prefix });
  try {
    const api = startTsProcess('api', 'api/src/server.ts', env, folder);
    processes.push(api);
    await waitForLog(api, '"event":"server.started"', START_TIMEOUT_MS);

    const workerEnv = options.workerConcurrency
      ? { ...env, WORKER_CONCURRENCY: String(options.workerConcurrency) }
      : env;
    for (let number = 0; number < options.workerProcesses; number++) {
      const worker = startTsProcess(`worker-${number + 1}`, 'api/src/worker.ts', workerEnv, folder);
      processes.push(worker);
      await waitForLog(worker, '"event":"worker.started"', START_TIMEOUT_MS);
    }
  } catch (error) {
    // The logs go with the folder, so their ends are printed first.
    for (const process of processes) {
      console.error(`--- last lines of ${process.name} ---\n${await logTail(process)}`);
    }
    await stop();
    throw error;
  }

  const cpuMs = async () => {
    const [api, ...workers] = await Promise.all(processes.map(({ child }) => processCpuMs(child.pid ?? 0)));
    return { api, workers: workers.reduce((sum, value) => sum + value, 0) };
  };
  return { baseUrl: `http://127.0.0.1:${port}`, databaseUrl, logFolder: folder, cpuMs, stop };
}
