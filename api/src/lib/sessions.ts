import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import pg from 'pg';

import type { Config } from './config';
import type { Logger } from './logger';

/** Cookie names and paths: the browser sends each session cookie only to its own API. */
export const APPLICANT_SESSION = { cookie: 'sg_applicant_sid', path: '/api/applicant' };
export const OFFICER_SESSION = { cookie: 'sg_officer_sid', path: '/api/officer' };

/** Applicants stay signed in for 12 hours after their last request. */
export const APPLICANT_SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** The session table, created by a migration so the store never issues DDL at run time. */
export const SESSION_TABLE = 'sessions';

/**
 * Session stores in PostgreSQL, so a Redis outage never signs anybody out. Each kind of
 * principal needs its own store object: express-session attaches the cookie settings of
 * its middleware to the store, so one store shared by two middlewares would mix them.
 */
export interface SessionStores {
  applicant: session.Store;
  officer: session.Store;
  close(): Promise<void>;
}

export function createSessionStores(config: Pick<Config, 'databaseUrl'>, logger: Logger): SessionStores {
  const PgStore = connectPgSimple(session);
  // The store writes `expire` as a timestamp without time zone in the connection's time zone, so
  // UTC is fixed here for queries that read it, such as the list of officer sessions.
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 5, options: '-c TimeZone=UTC' });
  const log = logger.child({ module: 'sessions' });
  const storeOptions = {
    pool,
    tableName: SESSION_TABLE,
    createTableIfMissing: false,
    errorLog: (...args: unknown[]) =>
      log.error({ event: 'session.store.failed', detail: String(args[0]) }, 'Session store operation failed'),
  };

  // Both stores share the table, so one pruning timer is enough.
  const applicant = new PgStore({ ...storeOptions, pruneSessionInterval: 15 * 60 });
  const officer = new PgStore({ ...storeOptions, pruneSessionInterval: false });

  return {
    applicant,
    officer,
    close: async () => {
      applicant.close();
      officer.close();
      await pool.end();
    },
  };
}

/**
 * Builds the session middleware of one kind of principal, with its own cookie name and path.
 * The cookie and the stored session last `maxAgeMs` from the latest request (a rolling cookie),
 * so `maxAgeMs` is the idle timeout.
 */
export function sessionMiddleware(
  config: Pick<Config, 'sessionSecret'>,
  store: session.Store,
  kind: typeof APPLICANT_SESSION,
  maxAgeMs: number,
): RequestHandler {
  return session({
    name: kind.cookie,
    secret: config.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      path: kind.path,
      // 'auto' marks the cookie Secure when the request came over HTTPS, as seen through `trust proxy`.
      secure: 'auto',
      maxAge: maxAgeMs,
    },
  });
}
