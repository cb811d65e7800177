import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueryTypes, type Sequelize } from 'sequelize';

import { RENDER_RESULT_JOB } from '../../jobs/render-result/render-result.job';
import { SEND_EMAIL_JOB } from '../../jobs/send-email/send-email.job';
import { createSequelize } from '../../lib/db';
import { createLogger } from '../../lib/logger';
import { demoSigningEnvironment } from '../../modules/results/signing/demo-certificate';
import type { OfficerCredentials } from '../officer-sign-in';
import { PrivateRedisServer } from '../redis-server';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { NodeChild } from './node-child';

/** Ports of the API processes that fault tests start. */
const FIRST_API_PORT = 3800;
const API_PORT_COUNT = 100;

/** The state of one result row, as the fault tests check it. */
export interface ResultRow {
  id: string;
  declarationId: string;
  status: string;
  version: number;
  pdfPath: string | null;
  pdfSha256: string | null;
}

/**
 * A whole installation for fault tests: its own database, data directory and `redis-server`,
 * with the real API and worker processes started on demand. Nothing is shared with the
 * in-process test app, so killing a process or Redis affects this cluster alone.
 */
export class FaultCluster {
  readonly queuePrefix = `sg-fault-${randomBytes(4).toString('hex')}`;
  readonly adminUsername = 'fault-admin';
  readonly adminPassword = randomBytes(12).toString('hex');
  /** The bootstrap administrator; the first sign-in sets up the authenticator and fills in `totpSecret`. */
  readonly admin: OfficerCredentials = { username: this.adminUsername, password: this.adminPassword };
  private readonly children: NodeChild[] = [];
  private queueConnection: Redis | undefined;

  private constructor(
    readonly database: TestDatabase,
    readonly dataDir: string,
    readonly redis: PrivateRedisServer,
    readonly sequelize: Sequelize,
  ) {}

  static async start(): Promise<FaultCluster> {
    const database = await createTestDatabase(process.env['TEST_DATABASE_URL']);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'sg-fault-data-'));
    const redis = await PrivateRedisServer.start();
    const logger = createLogger({ logLevel: 'silent' });
    const sequelize = createSequelize({ databaseUrl: database.url }, logger);
    return new FaultCluster(database, dataDir, redis, sequelize);
  }

  /** Environment shared by the API and the worker processes. */
  environment(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: this.database.url,
      REDIS_URL: this.redis.url,
      QUEUE_PREFIX: this.queuePrefix,
      SESSION_SECRET: 'fault-test-session-secret-'.padEnd(40, 'x'),
      TOTP_ENCRYPTION_KEY: 'f'.repeat(64),
      DATA_DIR: this.dataDir,
      // Without SMTP_URL the workers write each notice as an .eml file here, which the tests count.
      MAIL_DIR: this.mailDir,
      PUBLIC_BASE_URL: 'http://localhost:4200',
      WEB_DIST_DIR: path.join(this.dataDir, 'no-dist'),
      LOG_LEVEL: 'info',
      ADMIN_USERNAME: this.adminUsername,
      ADMIN_PASSWORD: this.adminPassword,
      // Short enough for quick recovery, long enough that a loaded machine does not stall a healthy job.
      WORKER_LOCK_DURATION_MS: '5000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      OUTBOX_RECONCILE_INTERVAL_MS: '1000',
      ...demoSigningEnvironment(),
      ...overrides,
    };
  }

  /** Starts the API on a free port of the fault-test range; it applies the migrations. Returns its origin. */
  async startApi(overrides: Record<string, string> = {}): Promise<{ child: NodeChild; origin: string }> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = FIRST_API_PORT + Math.floor(Math.random() * API_PORT_COUNT);
      const child = this.track(
        new NodeChild('api', 'api/src/server.ts', this.environment({ PORT: String(port), ...overrides })),
      );
      try {
        await child.waitForEvent('server.started', 60_000);
        return { child, origin: `http://127.0.0.1:${port}` };
      } catch (error) {
        if (!child.stderr.join('\n').includes('EADDRINUSE')) {
          throw error;
        }
      }
    }
    throw new Error('No free port for the API in the fault-test range');
  }

  /**
   * Starts a worker and waits until it runs. Compiling and loading it takes a few seconds on an
   * idle machine but can take far longer while other test runs share the cores, hence the minute.
   */
  async startWorker(overrides: Record<string, string> = {}): Promise<NodeChild> {
    const child = this.track(new NodeChild('worker', 'api/src/worker.ts', this.environment(overrides)));
    await child.waitForEvent('worker.started', 60_000);
    return child;
  }

  /** Opens a handle on this cluster's render queue, for checking job states. */
  renderQueue(): Queue {
    return this.queue(RENDER_RESULT_JOB);
  }

  /** Opens a handle on this cluster's e-mail notice queue, for checking job states. */
  emailQueue(): Queue {
    return this.queue(SEND_EMAIL_JOB);
  }

  async results(): Promise<ResultRow[]> {
    return this.sequelize.query<ResultRow>(
      `SELECT id, declaration_id AS "declarationId", status, version, pdf_path AS "pdfPath",
              pdf_sha256 AS "pdfSha256"
       FROM results ORDER BY number`,
      { type: QueryTypes.SELECT },
    );
  }

  get mailDir(): string {
    return path.join(this.dataDir, 'mail');
  }

  /** Names of the .eml files of the notices that the workers sent. */
  async sentMailFiles(): Promise<string[]> {
    const names = await readdir(this.mailDir).catch(() => []);
    return names.filter((name) => name.endsWith('.eml'));
  }

  /** Job ids of the outbox rows of one job name, such as every render job or every e-mail notice. */
  async outboxJobIds(jobName: string): Promise<string[]> {
    const rows = await this.sequelize.query<{ jobId: string }>(
      `SELECT job_id AS "jobId" FROM outbox WHERE job_name = :jobName ORDER BY id`,
      { replacements: { jobName }, type: QueryTypes.SELECT },
    );
    return rows.map((row) => row.jobId);
  }

  /** Job ids of the notices that a worker recorded as sent, sorted. */
  async sentNoticeJobIds(): Promise<string[]> {
    const rows = await this.sequelize.query<{ jobId: string }>(`SELECT job_id AS "jobId" FROM sent_emails`, {
      type: QueryTypes.SELECT,
    });
    return rows.map((row) => row.jobId).sort();
  }

  /** Names of the files in the results folder. */
  async storedFiles(): Promise<string[]> {
    return readdir(path.join(this.dataDir, 'results')).catch(() => []);
  }

  /** Polls until `check` returns true, failing after `timeoutMs`. */
  async waitUntil(description: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${timeoutMs} ms waiting until ${description}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Stops every worker of this cluster with SIGTERM. */
  async stopWorkers(): Promise<void> {
    await Promise.all(
      this.children.filter((child) => child.name === 'worker').map((child) => child.stop('SIGTERM')),
    );
  }

  async dispose(): Promise<void> {
    await Promise.all(this.children.map((child) => child.stop('SIGKILL')));
    this.queueConnection?.disconnect();
    await this.sequelize.close();
    await this.redis.dispose();
    await this.database.drop();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private queue(name: string): Queue {
    this.queueConnection ??= this.redis.client();
    return new Queue(name, { connection: this.queueConnection, prefix: this.queuePrefix });
  }

  private track(child: NodeChild): NodeChild {
    this.children.push(child);
    return child;
  }
}
