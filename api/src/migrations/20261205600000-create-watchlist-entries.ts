import type { Migration } from '../lib/migrator';

type Run = (statement: string) => Promise<unknown>;

// The watchlist of documents, plates and names that screening flags on declarations. Entries
// are never deleted: deactivation keeps who did it and when, so the audit trail can be read
// against the entry. `search_key` holds the value folded the way the declaration side is
// stored (document number in capitals without separators, plate search key, folded name).
export const up: Migration = async ({ context: queryInterface }) => {
  const run: Run = (statement) => queryInterface.sequelize.query(statement);

  await run(`
    CREATE TABLE watchlist_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      match_kind varchar(20) NOT NULL CHECK (match_kind IN ('document_number', 'plate', 'name')),
      value varchar(100) NOT NULL,
      search_key varchar(100) NOT NULL,
      document_type varchar(40) NULL,
      document_country char(3) NULL,
      date_of_birth date NULL,
      reason varchar(500) NOT NULL,
      expires_at timestamptz NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_by uuid NOT NULL REFERENCES officers (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now(),
      deactivated_by uuid NULL REFERENCES officers (id) ON DELETE RESTRICT,
      deactivated_at timestamptz NULL,
      deactivation_reason varchar(500) NULL,
      CONSTRAINT watchlist_entries_deactivation_check
        CHECK (active = (deactivated_at IS NULL) AND (deactivated_at IS NULL) = (deactivated_by IS NULL)),
      CONSTRAINT watchlist_entries_document_fields_check
        CHECK (match_kind = 'document_number' OR (document_type IS NULL AND document_country IS NULL)),
      CONSTRAINT watchlist_entries_birth_date_check
        CHECK (match_kind = 'name' OR date_of_birth IS NULL)
    )
  `);

  // Screening looks entries up by kind and folded key; only active ones can match.
  await run(`
    CREATE INDEX watchlist_entries_match_idx
      ON watchlist_entries (match_kind, search_key) WHERE active
  `);
  // The administrator's list pages newest first.
  await run(`CREATE INDEX watchlist_entries_created_idx ON watchlist_entries (created_at DESC, id)`);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('watchlist_entries');
};
