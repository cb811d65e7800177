import type { Migration } from '../lib/migrator';

// Second factor, lockout and password state of each officer. The TOTP secret is stored only
// encrypted (AES-256-GCM under TOTP_ENCRYPTION_KEY), and `totp_last_used_step` is the 30-second
// time step of the last accepted code, so the same code cannot be used twice.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE officers
      ADD COLUMN totp_secret_encrypted text,
      ADD COLUMN totp_enrolled_at timestamptz,
      ADD COLUMN totp_last_used_step bigint,
      ADD COLUMN failed_sign_in_count integer NOT NULL DEFAULT 0,
      ADD COLUMN locked_until timestamptz,
      ADD COLUMN password_change_required boolean NOT NULL DEFAULT false,
      ADD COLUMN last_sign_in_at timestamptz,
      ADD CONSTRAINT officers_failed_sign_in_count_check CHECK (failed_sign_in_count >= 0)
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE officers
      DROP COLUMN totp_secret_encrypted,
      DROP COLUMN totp_enrolled_at,
      DROP COLUMN totp_last_used_step,
      DROP COLUMN failed_sign_in_count,
      DROP COLUMN locked_until,
      DROP COLUMN password_change_required,
      DROP COLUMN last_sign_in_at
  `);
};
