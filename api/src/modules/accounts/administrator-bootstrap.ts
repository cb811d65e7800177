import { randomBytes } from 'node:crypto';

import { QueryTypes, type Sequelize } from 'sequelize';

import type { Config } from '../../lib/config';
import { hashPassword } from './password-hashing';

/**
 * The display name of the first administrator, shown in the header and the audit trail. It is
 * Vietnamese, the gate's working language; the administrator may change it later.
 */
export const BOOTSTRAP_ADMINISTRATOR_NAME = 'Quản trị viên';

/** The administrator created at first start. `generatedPassword` is set only when the server chose it. */
export interface BootstrapAdministrator {
  username: string;
  generatedPassword?: string;
}

/**
 * Creates an administrator officer of every gate when no officer exists yet, with ADMIN_USERNAME and
 * ADMIN_PASSWORD when configured, else `admin` and a random password that the caller
 * shows once. Returns null when officers already exist. A transaction-level advisory lock
 * keeps two processes starting together from creating two administrators.
 */
export async function ensureAdministrator(
  sequelize: Sequelize,
  config: Pick<Config, 'adminUsername' | 'adminPassword'>,
): Promise<BootstrapAdministrator | null> {
  return sequelize.transaction(async (transaction) => {
    await sequelize.query("SELECT pg_advisory_xact_lock(hashtext('smartgate.ensure-administrator'))", {
      transaction,
    });
    const [{ count }] = await sequelize.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM officers',
      {
        transaction,
        type: QueryTypes.SELECT,
      },
    );
    if (count > 0) {
      return null;
    }

    const username = config.adminUsername ?? 'admin';
    const generatedPassword = config.adminPassword ? undefined : randomBytes(15).toString('base64url');
    const passwordHash = await hashPassword(config.adminPassword ?? generatedPassword!);
    const [{ id }] = await sequelize.query<{ id: string }>(
      `INSERT INTO officers (id, username, full_name, role, password_hash, password_change_required,
                             active, created_at, updated_at)
       VALUES (gen_random_uuid(), :username, :fullName, 'administrator', :passwordHash, :mustChange,
               true, now(), now())
       RETURNING id`,
      {
        transaction,
        // A generated password was printed to a terminal, so it must be replaced at the first sign-in.
        replacements: {
          username,
          fullName: BOOTSTRAP_ADMINISTRATOR_NAME,
          passwordHash,
          mustChange: generatedPassword !== undefined,
        },
        type: QueryTypes.SELECT,
      },
    );
    // The first administrator works at every gate, so they can assign officers to any of them.
    await sequelize.query('INSERT INTO officer_gates (officer_id, gate_code) SELECT :id, code FROM gates', {
      transaction,
      replacements: { id },
    });
    return { username, generatedPassword };
  });
}

/**
 * Prints a generated administrator password to stdout once. It bypasses the logger on
 * purpose: log lines are shipped and kept, and a password must not be.
 */
export function printAdministratorPassword(administrator: BootstrapAdministrator): void {
  if (!administrator.generatedPassword) {
    return;
  }
  process.stdout.write(
    [
      '',
      '================================================================',
      ' SmartGate: first start, an administrator officer was created.',
      ` Username: ${administrator.username}`,
      ` Password: ${administrator.generatedPassword}`,
      ' This password is shown only once. Sign in to the back office, where the first sign-in',
      ' also sets up an authenticator app (TOTP), and keep the password safe.',
      '================================================================',
      '',
    ].join('\n'),
  );
}
