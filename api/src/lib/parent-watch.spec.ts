import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { Redis } from 'ioredis';

import { demoSigningEnvironment } from '../modules/results/signing/demo-certificate';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { REPO_ROOT } from './config';
import { createSequelize } from './db';
import { createLogger } from './logger';
import { migrateAndSeed } from './migrator';

/** Ports this spec may give the API; the first free one is used. */
const FIRST_PORT = 4540;
const LAST_PORT = 4559;

/**
 * Spawns the given entry points as `scripts/start/children.mjs` does (an IPC channel, output
 * inherited), prints each child's pid, then idles until it is killed.
 */
const PARENT_SCRIPT = `
const { spawn } = require('node:child_process');
for (const entry of process.argv.slice(1)) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  console.log(JSON.stringify({ event: 'parent.spawned', entry, pid: child.pid }));
}
setInterval(() => undefined, 60_000);
`;

interface LogLine {
  event?: string;
  pid?: number;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = FIRST_PORT; port <= LAST_PORT; port++) {
    if (await isPortFree(port)) {
      return port;
    }
  }
  throw new Error(`No free port between ${FIRST_PORT} and ${LAST_PORT}`);
}

/** The parent process and the JSON lines that it and its children write to the shared stdout. */
class ParentProcess {
  readonly lines: LogLine[] = [];
  /** Resolves when every holder of the stdout pipe has closed it: the parent and all its children. */
  readonly allExited: Promise<void>;
  private readonly process: ChildProcess;

  constructor(entries: string[], env: Record<string, string>) {
    this.process = spawn(process.execPath, ['-e', PARENT_SCRIPT, ...entries], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const reader = createInterface({ input: this.process.stdout! });
    reader.on('line', (line) => this.record(line));
    this.allExited = new Promise((resolve) => reader.once('close', () => resolve()));
  }

  get pid(): number {
    return this.process.pid!;
  }

  childPids(): number[] {
    return this.lines.filter((line) => line.event === 'parent.spawned').map((line) => line.pid!);
  }

  async waitForEvent(event: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.lines.some((line) => line.event === event)) {
      if (Date.now() > deadline) {
        throw new Error(`No ${event} line within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private record(line: string): void {
    try {
      this.lines.push(JSON.parse(line) as LogLine);
    } catch {
      // Lines that are not JSON, such as the administrator banner, carry no event.
    }
  }
}

/** Resolves true if `promise` settles within `timeoutMs`. */
async function settlesWithin(promise: Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const settled = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return settled;
}

/** Deletes the keys that BullMQ left under `prefix` in the shared Redis. */
async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

describe('API and worker started by a parent that is killed', () => {
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `sg-parent-watch-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let dataDir: string;
  let parent: ParentProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(process.env['TEST_DATABASE_URL']);
    dataDir = await mkdtemp(path.join(tmpdir(), 'sg-parent-watch-'));

    // The worker starts together with the API here, so the tables must exist before either runs.
    const sequelize = createSequelize({ databaseUrl: database.url }, createLogger({ logLevel: 'silent' }));
    await migrateAndSeed(sequelize, createLogger({ logLevel: 'silent' }));
    await sequelize.close();
  }, 60_000);

  afterAll(async () => {
    // Children left running by a failed expectation are this spec's own, so it stops them.
    for (const pid of parent?.childPids() ?? []) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await deleteQueueKeys(redisUrl, queuePrefix);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stop instead of running on as orphans', async () => {
    const port = await freePort();
    parent = new ParentProcess(['api/src/server.ts', 'api/src/worker.ts'], {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      SESSION_SECRET: 'parent-watch-session-secret-'.padEnd(40, 'x'),
      TOTP_ENCRYPTION_KEY: 'a'.repeat(64),
      DATA_DIR: dataDir,
      PUBLIC_BASE_URL: 'http://localhost:4200',
      WEB_DIST_DIR: path.join(dataDir, 'no-dist'),
      LOG_LEVEL: 'info',
      ADMIN_USERNAME: 'parent-watch-admin',
      ADMIN_PASSWORD: 'parent-watch-admin-password',
      ...demoSigningEnvironment(),
    });
    await parent.waitForEvent('server.started', 60_000);
    await parent.waitForEvent('worker.started', 60_000);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);

    process.kill(parent.pid, 'SIGKILL');

    expect(await settlesWithin(parent.allExited, 20_000))
      .withContext('the API or the worker still holds the output pipe 20 s after their parent died')
      .toBeTrue();
    expect(parent.lines.some((line) => line.event === 'server.stopped')).toBeTrue();
    expect(parent.lines.some((line) => line.event === 'worker.stopped')).toBeTrue();
    expect(await isPortFree(port)).toBeTrue();
  }, 90_000);
});
