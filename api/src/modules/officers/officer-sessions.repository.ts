import { createHash } from 'node:crypto';

import type { OfficerSession } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import type { OfficerSecuritySettings } from '../../lib/config';
import { SESSION_TABLE } from '../../lib/sessions';

/**
 * The officer a session belongs to: signed in (`passport.user`), or between the password and
 * the TOTP step (`pendingSignIn`). `sess` is a json column written by connect-pg-simple.
 */
const SESSION_OFFICER_ID = `CASE WHEN sess #>> '{passport,user,kind}' = 'officer'
  THEN sess #>> '{passport,user,id}' ELSE sess #>> '{pendingSignIn,officerId}' END`;

/** Derives the handle that administrators see from a session id: the id itself is a bearer secret. */
export function sessionHandle(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

/**
 * Deletes every session of an officer from the store, except `keepSessionId`. The next request of
 * a deleted session finds no session and gets 401. Returns the number of sessions ended.
 */
export async function endOfficerSessions(
  sequelize: Sequelize,
  officerId: string,
  options: { keepSessionId?: string } = {},
  transaction?: Transaction,
): Promise<number> {
  const rows = await sequelize.query<{ sid: string }>(
    `DELETE FROM ${SESSION_TABLE}
      WHERE ${SESSION_OFFICER_ID} = :officerId AND sid <> :keepSessionId
      RETURNING sid`,
    {
      replacements: { officerId, keepSessionId: options.keepSessionId ?? '' },
      transaction,
      type: QueryTypes.SELECT,
    },
  );
  return rows.length;
}

/** Deletes one officer session by its handle. Returns the officer it belonged to, or null when none matched. */
export async function endOfficerSessionByHandle(
  sequelize: Sequelize,
  handle: string,
): Promise<string | null> {
  const [row] = await sequelize.query<{ officerId: string }>(
    `DELETE FROM ${SESSION_TABLE}
      WHERE encode(sha256(convert_to(sid, 'UTF8')), 'hex') = :handle
        AND sess #>> '{passport,user,kind}' = 'officer'
      RETURNING sess #>> '{passport,user,id}' AS "officerId"`,
    { replacements: { handle }, type: QueryTypes.SELECT },
  );
  return row?.officerId ?? null;
}

interface SessionRow {
  sid: string;
  officerId: string;
  username: string;
  fullName: string;
  signedInAt: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Lists the signed-in officer sessions that the store still accepts and that are within the
 * absolute limit, most recently active first. The store's `expire` column is the last request
 * plus the idle timeout, in UTC (see `createSessionStores`), so the last activity is derived
 * from it, to the second.
 */
export async function listActiveOfficerSessions(
  sequelize: Sequelize,
  settings: Pick<OfficerSecuritySettings, 'idleTimeoutMs' | 'sessionLifetimeMs'>,
  now = Date.now(),
): Promise<OfficerSession[]> {
  const rows = await sequelize.query<SessionRow>(
    `SELECT s.sid, o.id AS "officerId", o.username, o.full_name AS "fullName",
            s.sess #>> '{officerSignIn,signedInAt}' AS "signedInAt",
            s.expire AT TIME ZONE 'UTC' AS "expiresAt",
            s.sess #>> '{officerSignIn,ip}' AS ip,
            s.sess #>> '{officerSignIn,userAgent}' AS "userAgent"
       FROM ${SESSION_TABLE} s
       JOIN officers o ON o.id::text = s.sess #>> '{passport,user,id}'
      WHERE s.sess #>> '{passport,user,kind}' = 'officer'
        AND s.expire AT TIME ZONE 'UTC' > :now
        AND (s.sess #>> '{officerSignIn,signedInAt}')::bigint > :signedInSince
      ORDER BY s.expire DESC`,
    {
      replacements: { now: new Date(now), signedInSince: now - settings.sessionLifetimeMs },
      type: QueryTypes.SELECT,
    },
  );

  return rows.map((row) => ({
    id: sessionHandle(row.sid),
    officerId: row.officerId,
    username: row.username,
    fullName: row.fullName,
    signedInAt: new Date(Number(row.signedInAt)).toISOString(),
    lastActiveAt: new Date(new Date(row.expiresAt).getTime() - settings.idleTimeoutMs).toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
  }));
}
