import type { Transaction } from 'sequelize';

import { AuditLogModel } from '../review/audit-log.repository';

/** Audited events of officer accounts: sign-in, sessions, credentials and administration. */
export type SecurityAuditAction =
  | 'officer.sign-in.succeeded'
  | 'officer.sign-in.failed'
  | 'officer.locked'
  | 'officer.totp.enrolled'
  | 'officer.signed-out'
  | 'officer.session.expired'
  | 'officer.password.changed'
  | 'officer.totp.changed'
  | 'officer.created'
  | 'officer.updated'
  | 'officer.disabled'
  | 'officer.enabled'
  | 'officer.password.reset'
  | 'officer.totp.reset'
  | 'officer.unlocked'
  | 'officer.session.ended';

/**
 * One security event. `actorId` is the officer who acted, or null for a sign-in attempt with an
 * unknown username. Administrators' actions name the officer they changed in `details.officerId`.
 * Details never hold a password, a TOTP secret or code, or a session id.
 */
export interface SecurityAuditEntry {
  action: SecurityAuditAction;
  actorId: string | null;
  ip: string | undefined;
  details?: Record<string, unknown>;
}

/** Appends a security event to the audit log, inside `transaction` when given. */
export async function recordSecurityAudit(
  entry: SecurityAuditEntry,
  transaction?: Transaction,
): Promise<void> {
  await AuditLogModel.create(
    {
      actorType: 'officer',
      actorId: entry.actorId,
      action: entry.action,
      declarationId: null,
      ip: entry.ip ?? null,
      details: entry.details ?? null,
      at: new Date(),
    },
    { transaction },
  );
}
