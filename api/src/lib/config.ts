import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

/** Root of the repository, three levels above `api/src/lib`. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Builds a zod error callback that distinguishes a missing variable from an invalid one. */
function requiredOr(invalidMessage: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : invalidMessage);
}

/** Builds the schema of a whole number of milliseconds, from `minimum` to one day. */
function milliseconds(minimum: number) {
  return z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int({ error: 'must be a whole number of milliseconds' })
    .min(minimum, { error: `must be at least ${minimum} ms` })
    .max(86_400_000, { error: 'must be at most 86400000 ms (one day)' });
}

/** Builds the schema of a whole number of minutes, from 1 to one day. */
function minutes() {
  return z.coerce
    .number({ error: 'must be a number of minutes' })
    .int({ error: 'must be a whole number of minutes' })
    .min(1, { error: 'must be at least 1 minute' })
    .max(1_440, { error: 'must be at most 1440 minutes (one day)' });
}

/** A 256-bit key written as 64 hexadecimal digits, as `openssl rand -hex 32` prints it. */
const encryptionKey = z
  .string({ error: requiredOr('must be 64 hexadecimal digits (32 bytes)') })
  .trim()
  .regex(/^[0-9a-fA-F]{64}$/, { error: 'must be 64 hexadecimal digits (32 bytes)' })
  .transform((value) => Buffer.from(value, 'hex'));

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Express's `trust proxy` setting: `true`/`false`, a number of proxy hops, or a list of
 * addresses and subnets such as `loopback, 10.0.0.0/8`.
 */
const trustProxy = z
  .string()
  .trim()
  .min(1)
  .transform((value): boolean | number | string => {
    if (value === 'true' || value === 'false') {
      return value === 'true';
    }
    return /^\d+$/.test(value) ? Number(value) : value;
  });

const EnvironmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: requiredOr('must be a postgres:// URL') }),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' })
    .default('redis://127.0.0.1:6379'),
  SESSION_SECRET: z
    .string({ error: requiredOr('must be a string') })
    .min(32, { error: 'must have at least 32 characters' }),
  TOTP_ENCRYPTION_KEY: encryptionKey,
  OFFICER_IDLE_TIMEOUT_MINUTES: minutes().default(30),
  OFFICER_SESSION_MAX_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .int({ error: 'must be a whole number of hours' })
    .min(1, { error: 'must be at least 1 hour' })
    .max(24, { error: 'must be at most 24 hours' })
    .default(12),
  OFFICER_LOCKOUT_MINUTES: minutes().default(15),
  DATA_DIR: z.string().trim().min(1).optional(),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  TRUST_PROXY: trustProxy.default(false),
  DEMO_MODE: booleanFlag.default(false),
  ADMIN_USERNAME: z.string().trim().toLowerCase().min(1).max(64).optional(),
  ADMIN_PASSWORD: z.string().min(10, { error: 'must have at least 10 characters' }).max(128).optional(),
  WEB_DIST_DIR: z.string().trim().min(1).optional(),
  RESULT_SIGNING_P12_PATH: z.string().trim().min(1).optional(),
  RESULT_SIGNING_P12_PASSWORD: z.string().optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_DIR: z.string().trim().min(1).optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).default('SmartGate Lệ Thanh <no-reply@smartgate.invalid>'),
  QUEUE_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'must be 1 to 64 letters, digits, "-" or "_"' })
    .optional(),
  METRICS_TOKEN: z.string().min(16, { error: 'must have at least 16 characters' }).max(256).optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  WORKER_LOCK_DURATION_MS: milliseconds(1_000).default(30_000),
  WORKER_STALLED_INTERVAL_MS: milliseconds(500).default(30_000),
  WORKER_MAX_STALLED_COUNT: z.coerce.number().int().min(0).max(1_000).default(2),
  WORKER_SHUTDOWN_TIMEOUT_MS: milliseconds(1_000).default(25_000),
  OUTBOX_RECONCILE_INTERVAL_MS: milliseconds(500).default(60_000),
  RESULT_ORPHAN_GRACE_MS: milliseconds(0).default(3_600_000),
  RENDER_TEST_DELAY_MS: milliseconds(0).default(0),
});

/** The checked configuration of the API and the worker. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  sessionSecret: string;
  officerSecurity: OfficerSecuritySettings;
  /** Absolute directory for stored files such as result PDFs. */
  dataDir: string;
  /** Origin that users reach, used in links and result QR codes, without a trailing slash. */
  publicBaseUrl: string;
  logLevel: (typeof LOG_LEVELS)[number];
  trustProxy: boolean | number | string;
  demoMode: boolean;
  adminUsername?: string;
  adminPassword?: string;
  /** Absolute directory holding the built SPAs (`portal/browser`, `backoffice/browser`). */
  webDistDir: string;
  /**
   * The issuing unit's PKCS#12 file (absolute path) and its password, which sign every result
   * PDF. Optional here because only the worker signs: it refuses to start without them.
   */
  resultSigning?: ResultSigningConfig;
  mail: MailSettings;
  /** Prefix of every BullMQ key in Redis, so that several installations can share one Redis. */
  queuePrefix: string;
  /** Bearer token that `/metrics` requires; without it `/metrics` is served only outside production. */
  metricsToken?: string;
  worker: WorkerSettings;
}

/** Settings of the worker process: job concurrency, crash recovery and shutdown. */
export interface WorkerSettings {
  concurrency: number;
  /** A job whose lock is not renewed for this long counts as stalled and goes back to the queue. */
  lockDurationMs: number;
  /** Interval of BullMQ's check for stalled jobs. */
  stalledIntervalMs: number;
  /** Stalls a job may survive before BullMQ fails it; the outbox reconciler then marks its result failed. */
  maxStalledCount: number;
  /** Time that the jobs in hand get to finish after SIGTERM before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** Interval of the outbox reconciler, which re-enqueues pending results whose job Redis lost. */
  reconcileIntervalMs: number;
  /** Age after which a result PDF that no result row points to is deleted as a crash leftover. */
  orphanFileGraceMs: number;
  /** Pause before a rendered PDF is issued, so fault tests can kill a worker mid-render. Zero outside tests. */
  renderTestDelayMs: number;
}

/** Sign-in and session rules of the back office. */
export interface OfficerSecuritySettings {
  /** AES-256-GCM key that encrypts officers' TOTP secrets at rest. Never logged. */
  totpEncryptionKey: Buffer;
  /** A session unused for this long ends. */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in, however active. */
  sessionLifetimeMs: number;
  /** How long an account stays locked after too many failed sign-ins. */
  lockoutDurationMs: number;
}

/** Settings of the e-mail notices that the worker sends to applicants. */
export interface MailSettings {
  /** SMTP server URL. Without it, every message is written as an .eml file to `directory`. */
  smtpUrl?: string;
  /** Absolute directory of the .eml files written when no SMTP server is configured. */
  directory: string;
  /** Sender address of every notice. */
  from: string;
}

/** Location and password of the PKCS#12 file that signs result PDFs. */
export interface ResultSigningConfig {
  p12Path: string;
  password: string;
}

/** Thrown when an environment variable is missing or invalid; the message names every such variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Derives the queue key prefix from the database name, so that two deployments sharing
 * one Redis, each with its own database, never take each other's jobs.
 */
function defaultQueuePrefix(databaseUrl: string): string {
  const databaseName = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const safeName = databaseName.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
  return safeName === '' ? 'smartgate' : `smartgate-${safeName}`;
}

/** Treats variables set to an empty string as unset, as shells and .env files often produce them. */
function withoutBlanks(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

/**
 * Reads and checks the configuration from environment variables. Tests pass their own
 * object; the server passes `process.env`, which no other module reads.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvironmentSchema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }

  const variables = parsed.data;
  if (variables.RENDER_TEST_DELAY_MS > 0 && variables.NODE_ENV !== 'test') {
    throw new ConfigError('Invalid configuration: RENDER_TEST_DELAY_MS is only allowed when NODE_ENV=test');
  }
  const publicBaseUrl = variables.PUBLIC_BASE_URL ?? `http://localhost:${variables.PORT}`;

  return {
    nodeEnv: variables.NODE_ENV,
    port: variables.PORT,
    host: variables.HOST,
    databaseUrl: variables.DATABASE_URL,
    redisUrl: variables.REDIS_URL,
    sessionSecret: variables.SESSION_SECRET,
    officerSecurity: {
      totpEncryptionKey: variables.TOTP_ENCRYPTION_KEY,
      idleTimeoutMs: variables.OFFICER_IDLE_TIMEOUT_MINUTES * 60_000,
      sessionLifetimeMs: variables.OFFICER_SESSION_MAX_HOURS * 3_600_000,
      lockoutDurationMs: variables.OFFICER_LOCKOUT_MINUTES * 60_000,
    },
    dataDir: path.resolve(REPO_ROOT, variables.DATA_DIR ?? 'var/data'),
    publicBaseUrl: publicBaseUrl.replace(/\/+$/, ''),
    logLevel: variables.LOG_LEVEL,
    trustProxy: variables.TRUST_PROXY,
    demoMode: variables.DEMO_MODE,
    adminUsername: variables.ADMIN_USERNAME,
    adminPassword: variables.ADMIN_PASSWORD,
    webDistDir: path.resolve(REPO_ROOT, variables.WEB_DIST_DIR ?? 'dist'),
    resultSigning: variables.RESULT_SIGNING_P12_PATH
      ? {
          p12Path: path.resolve(REPO_ROOT, variables.RESULT_SIGNING_P12_PATH),
          password: variables.RESULT_SIGNING_P12_PASSWORD ?? '',
        }
      : undefined,
    mail: {
      smtpUrl: variables.SMTP_URL,
      directory: path.resolve(REPO_ROOT, variables.MAIL_DIR ?? 'var/mail'),
      from: variables.MAIL_FROM,
    },
    queuePrefix: variables.QUEUE_PREFIX ?? defaultQueuePrefix(variables.DATABASE_URL),
    metricsToken: variables.METRICS_TOKEN,
    worker: {
      concurrency: variables.WORKER_CONCURRENCY,
      lockDurationMs: variables.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: variables.WORKER_STALLED_INTERVAL_MS,
      maxStalledCount: variables.WORKER_MAX_STALLED_COUNT,
      shutdownTimeoutMs: variables.WORKER_SHUTDOWN_TIMEOUT_MS,
      reconcileIntervalMs: variables.OUTBOX_RECONCILE_INTERVAL_MS,
      orphanFileGraceMs: variables.RESULT_ORPHAN_GRACE_MS,
      renderTestDelayMs: variables.RENDER_TEST_DELAY_MS,
    },
  };
}

/**
 * Reads only DATABASE_URL, for commands that need the database and nothing else, such as
 * `npm run audit:verify`. Throws a ConfigError naming the variable when it is missing or invalid.
 */
export function loadDatabaseUrl(env: Record<string, string | undefined>): string {
  const parsed = EnvironmentSchema.shape.DATABASE_URL.safeParse(withoutBlanks(env)['DATABASE_URL']);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration: DATABASE_URL ${parsed.error.issues[0].message}`);
  }
  return parsed.data;
}

/** Loads the configuration from `process.env`, or prints what is wrong and stops the process. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
