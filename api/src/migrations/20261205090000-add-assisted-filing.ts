import type { Migration } from '../lib/migrator';

// Declarations that an officer files at the gate's counter for a traveller who arrives without
// one. Such a declaration belongs to no applicant account: `filed_by_officer_id` names the
// officer instead, and exactly one of the two is set. The traveller may leave an e-mail address
// and a language for the notices, which an account would otherwise provide.
//
// `assisted_filings` keeps the idempotency key that the back office sends with each filing, so a
// double submit from the counter returns the first declaration instead of filing a second one.
// Its foreign key to the declaration is checked at commit, because the key is claimed first, in
// the same transaction, before the declaration row exists.
//
// Crossings recorded for such a declaration at the counter get the method `counter`.
export const up: Migration = async ({ context: queryInterface }) => {
  const run = (statement: string) => queryInterface.sequelize.query(statement);

  await run(`
    ALTER TABLE declarations
      ALTER COLUMN applicant_id DROP NOT NULL,
      ADD COLUMN filed_by_officer_id uuid REFERENCES officers (id) ON DELETE RESTRICT,
      ADD COLUMN contact_email varchar(254),
      ADD COLUMN contact_language varchar(2),
      ADD CONSTRAINT declarations_owner_check
        CHECK ((applicant_id IS NULL) = (filed_by_officer_id IS NOT NULL)),
      ADD CONSTRAINT declarations_contact_check
        CHECK (filed_by_officer_id IS NOT NULL OR (contact_email IS NULL AND contact_language IS NULL)),
      ADD CONSTRAINT declarations_contact_language_check
        CHECK (contact_language IN ('vi', 'en', 'km'))
  `);
  await run(`
    CREATE INDEX declarations_filed_by_officer_idx
      ON declarations (filed_by_officer_id, created_at) WHERE filed_by_officer_id IS NOT NULL
  `);

  await run(`
    CREATE TABLE assisted_filings (
      officer_id uuid NOT NULL REFERENCES officers (id) ON DELETE RESTRICT,
      idempotency_key uuid NOT NULL,
      declaration_id uuid NOT NULL UNIQUE
        REFERENCES declarations (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
      request_sha256 char(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (officer_id, idempotency_key)
    )
  `);

  await run(`
    ALTER TABLE crossings
      DROP CONSTRAINT crossings_method_check,
      ADD CONSTRAINT crossings_method_check
        CHECK (method IN ('qr_scanner', 'camera', 'typed', 'mrz', 'plate', 'counter'))
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  const run = (statement: string) => queryInterface.sequelize.query(statement);

  // Declarations filed at the counter have no applicant, so this fails, and changes nothing,
  // while any exist: rolling back would otherwise orphan them and their crossings.
  await run('ALTER TABLE declarations ALTER COLUMN applicant_id SET NOT NULL');

  await run(`
    ALTER TABLE crossings
      DROP CONSTRAINT crossings_method_check,
      ADD CONSTRAINT crossings_method_check CHECK (method IN ('qr_scanner', 'camera', 'typed', 'mrz', 'plate'))
  `);
  await run('DROP TABLE IF EXISTS assisted_filings');
  await run('DROP INDEX IF EXISTS declarations_filed_by_officer_idx');
  await run(`
    ALTER TABLE declarations
      DROP CONSTRAINT IF EXISTS declarations_contact_language_check,
      DROP CONSTRAINT IF EXISTS declarations_contact_check,
      DROP CONSTRAINT IF EXISTS declarations_owner_check,
      DROP COLUMN IF EXISTS contact_language,
      DROP COLUMN IF EXISTS contact_email,
      DROP COLUMN IF EXISTS filed_by_officer_id
  `);
};
