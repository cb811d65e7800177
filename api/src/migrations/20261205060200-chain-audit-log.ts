import type { Migration } from '../lib/migrator';

/**
 * Chains the audit log by hash. Each row stores `previous_hash`, the hash of the row before it
 * (64 zeros for the first), and `hash`, the SHA-256 of its canonical text, which includes
 * `previous_hash`. An edited row then no longer matches its hash, and a deleted row breaks the
 * link of the row after it. `npm run audit:verify` checks both.
 *
 * The canonical text is one line per field, each written as `<byte length>:<value>`, or `-` for
 * NULL, so that no two different rows share a text. `api/src/modules/audit/audit-chain.ts`
 * builds the same text, and a column added to audit_log later must be added to both.
 */
const CANONICAL_FUNCTIONS = `
  CREATE FUNCTION audit_log_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END
  $$;

  CREATE FUNCTION audit_log_hash(
    previous_hash text, id bigint, actor_type text, actor_id uuid, action text,
    declaration_id uuid, ip text, details jsonb, at timestamptz
  ) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\\n',
      'smartgate-audit-v1',
      audit_log_field(previous_hash),
      audit_log_field(id::text),
      audit_log_field(actor_type),
      audit_log_field(actor_id::text),
      audit_log_field(action),
      audit_log_field(declaration_id::text),
      audit_log_field(ip),
      audit_log_field(details::text),
      audit_log_field(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    ), 'UTF8')), 'hex')
  $$;
`;

/**
 * Appends to the chain. The row lock on the single head row serializes every append until its
 * transaction ends, so concurrent inserts chain one after another. The id is drawn again under
 * that lock, because the column default was drawn before it: ids then follow the chain order.
 * The function runs as its owner (SECURITY DEFINER), so the API's role needs no right to change
 * the head row itself.
 */
const CHAIN_TRIGGER = `
  CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
  DECLARE
    head_hash text;
  BEGIN
    SELECT last_hash INTO STRICT head_hash FROM audit_log_chain_head FOR UPDATE;
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    NEW.previous_hash := head_hash;
    NEW.hash := audit_log_hash(NEW.previous_hash, NEW.id, NEW.actor_type, NEW.actor_id, NEW.action,
                               NEW.declaration_id, NEW.ip, NEW.details, NEW.at);
    UPDATE audit_log_chain_head SET last_id = NEW.id, last_hash = NEW.hash;
    RETURN NEW;
  END
  $$;

  CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
`;

/** Hashes the rows written before the chain existed, in id order, and records the head. */
const BACKFILL = `
  DO $$
  DECLARE
    entry record;
    previous text := repeat('0', 64);
    last_row bigint;
  BEGIN
    FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
      UPDATE audit_log
         SET previous_hash = previous,
             hash = audit_log_hash(previous, entry.id, entry.actor_type, entry.actor_id, entry.action,
                                   entry.declaration_id, entry.ip, entry.details, entry.at)
       WHERE id = entry.id
      RETURNING hash INTO previous;
      last_row := entry.id;
    END LOOP;
    INSERT INTO audit_log_chain_head (last_id, last_hash) VALUES (last_row, previous);
  END
  $$;
`;

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.transaction(async (transaction) => {
    const run = (sql: string) => queryInterface.sequelize.query(sql, { transaction });

    await run('ALTER TABLE audit_log ADD COLUMN previous_hash char(64), ADD COLUMN hash char(64)');
    await run(`
      CREATE TABLE audit_log_chain_head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_id bigint,
        last_hash char(64) NOT NULL
      )
    `);
    await run(CANONICAL_FUNCTIONS);

    // The append-only trigger rejects the one-time UPDATE of the backfill.
    await run('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await run(BACKFILL);
    await run('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');

    await run(
      'ALTER TABLE audit_log ALTER COLUMN previous_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL',
    );
    await run(CHAIN_TRIGGER);
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.transaction(async (transaction) => {
    const run = (sql: string) => queryInterface.sequelize.query(sql, { transaction });

    await run('DROP TRIGGER audit_log_chain ON audit_log');
    await run('DROP FUNCTION audit_log_chain()');
    await run('DROP TABLE audit_log_chain_head');
    await run('ALTER TABLE audit_log DROP COLUMN previous_hash, DROP COLUMN hash');
    await run('DROP FUNCTION audit_log_hash(text, bigint, text, uuid, text, uuid, text, jsonb, timestamptz)');
    await run('DROP FUNCTION audit_log_field(text)');
  });
};
