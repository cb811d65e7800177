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
  DATA_DIR: z.string().trim().min(1).optional(),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  TRUST_PROXY: trustProxy.default(false),
  DEMO_MODE: booleanFlag.default(false),
  ADMIN_USERNAME: z.string().trim().toLowerCase().min(1).max(64).optional(),
  ADMIN_PASSWORD: z.string().min(10, { error: 'must have at least 10 characters' }).max(128).optional(),
  WEB_DIST_DIR: z.string().trim().min(1).optional(),
});

/** The checked configuration of the API and the worker. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  sessionSecret: string;
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
}

/** Thrown when an environment variable is missing or invalid; the message names every such variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
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
  const publicBaseUrl = variables.PUBLIC_BASE_URL ?? `http://localhost:${variables.PORT}`;

  return {
    nodeEnv: variables.NODE_ENV,
    port: variables.PORT,
    host: variables.HOST,
    databaseUrl: variables.DATABASE_URL,
    redisUrl: variables.REDIS_URL,
    sessionSecret: variables.SESSION_SECRET,
    dataDir: path.resolve(REPO_ROOT, variables.DATA_DIR ?? 'var/data'),
    publicBaseUrl: publicBaseUrl.replace(/\/+$/, ''),
    logLevel: variables.LOG_LEVEL,
    trustProxy: variables.TRUST_PROXY,
    demoMode: variables.DEMO_MODE,
    adminUsername: variables.ADMIN_USERNAME,
    adminPassword: variables.ADMIN_PASSWORD,
    webDistDir: path.resolve(REPO_ROOT, variables.WEB_DIST_DIR ?? 'dist'),
  };
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
