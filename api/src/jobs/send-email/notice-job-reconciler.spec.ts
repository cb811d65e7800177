import { randomBytes, randomUUID } from 'node:crypto';

import { encodeReferenceRandomPart, formatReferenceCode } from '@smartgate/shared-models';
import { UnrecoverableError, Worker, type Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueryTypes, type Sequelize } from 'sequelize';

import { createSequelize } from '../../lib/db';
import { createLogger } from '../../lib/logger';
import { migrateAndSeed } from '../../lib/migrator';
import { createQueue } from '../../lib/queue';
import { createMailTransport } from '../../modules/notifications/mail-transport';
import { enqueueSubmissionNotice } from '../../modules/notifications/notice-queue';
import { recordEmailSent } from '../../modules/notifications/sent-emails.repository';
import { OutboxRelay } from '../../modules/outbox/outbox-relay';
import { insertSubmittedDeclaration } from '../../modules/results/results-fixtures';
import { PrivateRedisServer } from '../../test/redis-server';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { NoticeJobReconciler } from './notice-job-reconciler';
import { SEND_EMAIL_JOB } from './send-email.job';
import { createSendEmailProcessor } from './send-email.processor';

const QUEUE_PREFIX = 'notice-reconciler-spec';

/** An SMTP server on a port where nothing listens, so every send fails. */
const UNREACHABLE_SMTP_URL = 'smtp://127.0.0.1:1';

/** The reconciler scans every notice of the outbox, so it gets a database and a Redis of its own. */
describe('NoticeJobReconciler', () => {
  const logger = createLogger({ logLevel: 'silent' });
  let database: TestDatabase;
  let sequelize: Sequelize;
  let redisServer: PrivateRedisServer;
  let redis: Redis;
  let queue: Queue;
  let sut: NoticeJobReconciler;

  beforeAll(async () => {
    database = await createTestDatabase(process.env['TEST_DATABASE_URL']);
    sequelize = createSequelize({ databaseUrl: database.url }, logger);
    await migrateAndSeed(sequelize, logger);
    redisServer = await PrivateRedisServer.start();
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
    // The worker's queue settings, so that jobs get the production retry count.
    queue = createQueue(SEND_EMAIL_JOB, { connection: redis, prefix: QUEUE_PREFIX }, logger);
    sut = new NoticeJobReconciler({ sequelize, logger, queue, pageSize: 2 });
  }, 60_000);

  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await redisServer.dispose();
    await sequelize.close();
    await database.drop();
  }, 30_000);

  beforeEach(async () => {
    await redis.flushall();
    await sequelize.query(`DELETE FROM outbox; DELETE FROM sent_emails;`);
  });

  /** Submits a declaration with a reference code and queues its submission notice. Returns the notice's job id. */
  async function queuedNotice(): Promise<string> {
    const { declarationId } = await insertSubmittedDeclaration(sequelize);
    const referenceCode = formatReferenceCode('LT', encodeReferenceRandomPart(randomBytes(5)));
    await sequelize.transaction(async (transaction) => {
      await sequelize.query(
        `UPDATE declarations SET reference_code = :referenceCode WHERE id = :declarationId`,
        {
          replacements: { referenceCode, declarationId },
          transaction,
        },
      );
      await enqueueSubmissionNotice(transaction, declarationId);
    });

    const [row] = await sequelize.query<{ jobId: string }>(
      `SELECT job_id AS "jobId" FROM outbox WHERE payload->>'declarationId' = :declarationId`,
      { replacements: { declarationId }, type: QueryTypes.SELECT },
    );
    return row.jobId;
  }

  async function deliverAll(): Promise<void> {
    const relay = new OutboxRelay({ sequelize, logger, queueFor: () => queue, batchSize: 100 });
    await relay.relayOnce();
  }

  async function outboxRow(jobId: string) {
    const [row] = await sequelize.query<{ enqueuedAt: Date | null; lastError: string | null }>(
      `SELECT enqueued_at AS "enqueuedAt", last_error AS "lastError" FROM outbox WHERE job_id = :jobId`,
      { replacements: { jobId }, type: QueryTypes.SELECT },
    );
    return row;
  }

  /** Takes the next job as a worker would, so the test can end it by hand. */
  async function takeNextJob() {
    const worker = new Worker(SEND_EMAIL_JOB, null, {
      connection: redis,
      prefix: QUEUE_PREFIX,
      autorun: false,
    });
    const token = randomUUID();
    const job = await worker.getNextJob(token);
    return { job: job!, token, close: () => worker.close() };
  }

  it('redelivers notices that Redis lost', async () => {
    const jobIds = await Promise.all([1, 2, 3].map(() => queuedNotice()));
    await deliverAll();
    await redis.flushall();

    const counts = await sut.reconcileOnce();
    await deliverAll();

    expect(counts).toEqual({ redelivered: 3, failed: 0 });
    for (const jobId of jobIds) {
      expect(await queue.getJobState(jobId)).toBe('waiting');
      expect((await outboxRow(jobId)).enqueuedAt).not.toBeNull();
    }
  });

  it('leaves waiting, sent and undelivered notices alone', async () => {
    const waiting = await queuedNotice();
    const sent = await queuedNotice();
    await deliverAll();
    await recordEmailSent(sequelize, sent, '<sent@smartgate.invalid>');
    // As after BullMQ trimmed the completed job.
    await queue.remove(sent);
    const undelivered = await queuedNotice();

    const counts = await sut.reconcileOnce();

    expect(counts).toEqual({ redelivered: 0, failed: 0 });
    expect(await queue.getJobState(waiting)).toBe('waiting');
    expect(await queue.getJobState(sent)).toBe('unknown');
    expect((await outboxRow(sent)).enqueuedAt).not.toBeNull();
    expect((await outboxRow(undelivered)).enqueuedAt).toBeNull();
  });

  it('records a notice whose job failed unrecorded', async () => {
    const jobId = await queuedNotice();
    await deliverAll();
    const fetched = await takeNextJob();
    await fetched.job.discard();
    await fetched.job.moveToFailed(new Error('job stalled more than allowable limit'), fetched.token, false);
    await fetched.close();

    const counts = await sut.reconcileOnce();
    await redis.flushall();
    const countsAfterFlush = await sut.reconcileOnce();

    expect(counts).toEqual({ redelivered: 0, failed: 1 });
    expect((await outboxRow(jobId)).lastError).toBe('job stalled more than allowable limit');
    expect(countsAfterFlush).toEqual({ redelivered: 0, failed: 0 });
    expect((await outboxRow(jobId)).enqueuedAt).not.toBeNull();
  });

  describe('with the send-email processor', () => {
    const transport = createMailTransport({
      smtpUrl: UNREACHABLE_SMTP_URL,
      directory: '/nonexistent',
      from: 'SmartGate <no-reply@smartgate.invalid>',
    });

    afterAll(() => transport.close());

    /** Runs the next job once through the real processor and returns the error it threw. */
    async function errorOfNextJob(): Promise<unknown> {
      const fetched = await takeNextJob();
      const processor = createSendEmailProcessor({
        sequelize,
        logger,
        transport,
        config: { publicBaseUrl: 'http://localhost:4200', dataDir: '/nonexistent' },
      });
      try {
        await processor(fetched.job);
        return undefined;
      } catch (error) {
        return error;
      } finally {
        await fetched.close();
      }
    }

    it('redelivers a notice after a failed attempt', async () => {
      const jobId = await queuedNotice();
      await deliverAll();

      const error = await errorOfNextJob();
      await redis.flushall();
      const counts = await sut.reconcileOnce();

      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(UnrecoverableError);
      expect(counts).toEqual({ redelivered: 1, failed: 0 });
      expect((await outboxRow(jobId)).enqueuedAt).toBeNull();
    });

    it('keeps a notice that failed for good', async () => {
      const jobId = await queuedNotice();
      await deliverAll();
      // Without a reference code the submission notice cannot be written, which no retry changes.
      await sequelize.query(`UPDATE declarations SET reference_code = NULL`);

      const error = await errorOfNextJob();
      await redis.flushall();
      const counts = await sut.reconcileOnce();

      expect(error).toBeInstanceOf(UnrecoverableError);
      expect(counts).toEqual({ redelivered: 0, failed: 0 });
      expect((await outboxRow(jobId)).lastError).toContain('was never submitted');
      expect((await outboxRow(jobId)).enqueuedAt).not.toBeNull();
    });
  });
});
