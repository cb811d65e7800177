import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** Failed sign-ins in a row (wrong password or wrong TOTP code) that lock an account. */
export const FAILED_SIGN_INS_BEFORE_LOCK = 5;

/**
 * Counts one failed sign-in. The failure that reaches the limit locks the account until
 * `now + lockoutMs` and starts the count again, so the officer gets the full number of attempts
 * once the lock ends. Returns the end of the lock when this failure set it, else null.
 */
export async function recordFailedSignIn(
  sequelize: Sequelize,
  officerId: string,
  lockoutMs: number,
): Promise<Date | null> {
  const lockedUntil = new Date(Date.now() + lockoutMs);
  const [row] = await sequelize.query<{ locked: boolean }>(
    `UPDATE officers
        SET locked_until = CASE WHEN failed_sign_in_count + 1 >= :limit THEN :lockedUntil ELSE locked_until END,
            failed_sign_in_count = CASE WHEN failed_sign_in_count + 1 >= :limit THEN 0 ELSE failed_sign_in_count + 1 END,
            updated_at = now()
      WHERE id = :officerId
      RETURNING failed_sign_in_count = 0 AS locked`,
    {
      replacements: { officerId, lockedUntil, limit: FAILED_SIGN_INS_BEFORE_LOCK },
      type: QueryTypes.SELECT,
    },
  );
  return row?.locked ? lockedUntil : null;
}

/** Records a successful sign-in: the failure count and any lock are cleared. */
export async function recordSuccessfulSignIn(
  sequelize: Sequelize,
  officerId: string,
  transaction?: Transaction,
): Promise<void> {
  await sequelize.query(
    `UPDATE officers
        SET failed_sign_in_count = 0, locked_until = NULL, last_sign_in_at = now(), updated_at = now()
      WHERE id = :officerId`,
    { replacements: { officerId }, transaction },
  );
}

/**
 * Marks a TOTP time step as used. Returns false when this step or a later one was used
 * already, which makes a replayed code fail. The conditional UPDATE settles two concurrent
 * uses of one code: only one of them matches.
 */
export async function claimTotpStep(
  sequelize: Sequelize,
  officerId: string,
  step: number,
  transaction?: Transaction,
): Promise<boolean> {
  const rows = await sequelize.query<{ id: string }>(
    `UPDATE officers SET totp_last_used_step = :step, updated_at = now()
      WHERE id = :officerId AND (totp_last_used_step IS NULL OR totp_last_used_step < :step)
      RETURNING id`,
    { replacements: { officerId, step }, transaction, type: QueryTypes.SELECT },
  );
  return rows.length === 1;
}

/**
 * Stores a confirmed TOTP secret and the step of the code that confirmed it. With `firstTime`
 * the row must have no secret yet, so two tabs finishing the first setup at once store one.
 * Returns false when nothing was stored.
 */
export async function storeTotpSecret(
  sequelize: Sequelize,
  change: { officerId: string; encryptedSecret: string; step: number; firstTime: boolean },
  transaction?: Transaction,
): Promise<boolean> {
  const rows = await sequelize.query<{ id: string }>(
    `UPDATE officers
        SET totp_secret_encrypted = :encryptedSecret, totp_enrolled_at = now(),
            totp_last_used_step = :step, updated_at = now()
      WHERE id = :officerId ${change.firstTime ? 'AND totp_secret_encrypted IS NULL' : ''}
      RETURNING id`,
    {
      replacements: {
        officerId: change.officerId,
        encryptedSecret: change.encryptedSecret,
        step: change.step,
      },
      transaction,
      type: QueryTypes.SELECT,
    },
  );
  return rows.length === 1;
}
