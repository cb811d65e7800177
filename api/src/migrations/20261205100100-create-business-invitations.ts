import type { Migration } from '../lib/migrator';

// An administrator's invitation of a person to a business, by e-mail. The token of the e-mail
// link is stored only as its SHA-256 hash, written when the e-mail is composed, so the hash is
// null until then. An invitation is pending until it is accepted, revoked or past `expires_at`.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE business_invitations (
      id uuid PRIMARY KEY,
      business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
      email varchar(254) NOT NULL,
      token_hash char(64) UNIQUE,
      role varchar(20) NOT NULL CHECK (role IN ('administrator', 'staff')),
      language varchar(5) NOT NULL CHECK (language IN ('vi', 'en', 'km')),
      invited_by uuid REFERENCES applicants (id) ON DELETE SET NULL,
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      accepted_by uuid REFERENCES applicants (id) ON DELETE SET NULL,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT business_invitations_one_outcome_check
        CHECK (accepted_at IS NULL OR revoked_at IS NULL)
    )
  `);

  // One open invitation per address and business: inviting again replaces (revokes) the earlier one.
  await queryInterface.sequelize.query(`
    CREATE UNIQUE INDEX business_invitations_open_unique
      ON business_invitations (business_id, email)
      WHERE accepted_at IS NULL AND revoked_at IS NULL
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('business_invitations');
};
