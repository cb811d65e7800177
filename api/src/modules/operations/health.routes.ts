import type { RequestHandler } from 'express';
import { QueryTypes, type Sequelize } from 'sequelize';

import { ServiceUnavailableError } from '../../lib/errors';

/** Maximum wait for the database's reply before the health check reports it down, in milliseconds. */
const DATABASE_CHECK_TIMEOUT_MS = 2_000;

/** Runs `SELECT 1`, rejecting when the database fails or takes longer than `timeoutMs`. */
async function pingDatabase(sequelize: Sequelize, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`SELECT 1 timed out after ${timeoutMs} ms`)), timeoutMs);
  });

  try {
    await Promise.race([sequelize.query('SELECT 1', { type: QueryTypes.SELECT }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Serves `GET /api/health`: 200 `{ status: "ok" }` while the database responds, else 503
 * problem+json. The start script waits for the 200, so an API left running without its
 * database is never taken for a healthy one.
 */
export function healthHandler(sequelize: Sequelize, timeoutMs = DATABASE_CHECK_TIMEOUT_MS): RequestHandler {
  return async (request, response) => {
    try {
      await pingDatabase(sequelize, timeoutMs);
    } catch (error) {
      request.log.warn(
        { event: 'health.database_failed', err: error },
        'Health check: the database did not answer',
      );
      throw new ServiceUnavailableError();
    }

    response.set('Cache-Control', 'no-store').json({ status: 'ok' });
  };
}
