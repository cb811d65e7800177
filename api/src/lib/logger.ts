import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

import type { Config } from './config';
import { currentRequestContext } from './request-context';

export type { Logger } from 'pino';

/**
 * Paths removed from every log line. Request bodies are never logged, and these paths cover
 * credentials that could reach a line through headers or a careless `err` object.
 */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-xsrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'currentPassword',
  'newPassword',
  'initialPassword',
  '*.initialPassword',
  'totpSecret',
  'encryptedSecret',
];

/**
 * Serializes errors without the fields that can carry personal data: Sequelize errors keep
 * the SQL and its bound parameters, and PostgreSQL puts offending values in `detail`.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: String(error) };
  }

  const original = (error as { original?: { code?: unknown } }).original;
  const code = original?.code ?? (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack,
  };
}

/**
 * Creates the root logger. Each module makes a child with `logger.child({ module: 'name' })`.
 * Lines written while a request is handled carry its `requestId`. Lines go to stdout unless
 * a destination is given.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: config.logLevel,
    base: { service: 'smartgate-api' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: serializeError, error: serializeError },
    mixin: () => {
      const context = currentRequestContext();
      return context ? { requestId: context.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
