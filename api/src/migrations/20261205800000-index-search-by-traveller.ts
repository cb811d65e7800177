import type { Migration } from '../lib/migrator';

type Run = (statement: string) => Promise<unknown>;

// Faster name search and queue pages on a million declarations and more:
// - `traveller_name_prefixes` tags each word prefix of a traveller's folded name with the
//   traveller's slot ("2:tran" for the second traveller), so "every typed word in one traveller's
//   name" is an exact query of the name index: `1:w1 & 1:w2 | 2:w1 & 2:w2 | …`. The index used to
//   return declarations with the words spread over several travellers too, and each of those
//   cost a read of its travellers. A declaration has at most 10 travellers; should one have more,
//   the 10th slot takes the rest, and each lexeme's position (the traveller's number) still tells
//   them apart through the phrase operator `<0>` (the same position).
// - The planned-date queue index also carries the columns that queue filters and sorts read, so
//   a queue page, its count and the queue summary are index-only scans instead of one heap page
//   per matching declaration.
export const up: Migration = async ({ context: queryInterface }) => {
  const run: Run = (statement) => queryInterface.sequelize.query(statement);

  await createTravellerPrefixFunction(run);
  await run(`
    CREATE OR REPLACE FUNCTION copy_traveller_names(declaration uuid) RETURNS void LANGUAGE sql AS $$
      UPDATE declarations d
         SET lead_traveller_name = names.lead, traveller_name_prefixes = names.prefixes,
             traveller_count = names.count
        FROM (SELECT max(t.full_name) FILTER (WHERE t.position = 0) AS lead,
                     traveller_word_prefixes(coalesce(array_agg(t.full_name_folded ORDER BY t.position),
                                                      '{}')) AS prefixes,
                     count(*) AS count
                FROM declaration_travellers t WHERE t.declaration_id = declaration) names
       WHERE d.id = declaration
         AND (d.lead_traveller_name IS DISTINCT FROM names.lead
              OR d.traveller_name_prefixes IS DISTINCT FROM names.prefixes
              OR d.traveller_count <> names.count)
    $$
  `);
  await run(`
    UPDATE declarations d
       SET traveller_name_prefixes = names.prefixes
      FROM (SELECT t.declaration_id,
                   traveller_word_prefixes(array_agg(t.full_name_folded ORDER BY t.position)) AS prefixes
              FROM declaration_travellers t GROUP BY t.declaration_id) names
     WHERE names.declaration_id = d.id
  `);

  await run('DROP INDEX IF EXISTS declarations_queue_planned_idx');
  await run(`
    CREATE INDEX declarations_queue_planned_idx
      ON declarations (status, gate_code, planned_crossing_date, submitted_at, id)
      INCLUDE (direction, kind, assigned_officer_id, decided_at, lead_traveller_name)
  `);
};

/**
 * Creates `traveller_word_prefixes`, which lists the prefixes of each word of each folded name
 * (up to 20 letters, as `name_word_prefixes` does), tagged with the name's slot (its number in
 * the array, at most 10) and placed at the name's number. Lexemes are written in the quoted text
 * form of a tsvector, with quotes and backslashes doubled.
 */
async function createTravellerPrefixFunction(run: Run): Promise<void> {
  await run(`
    CREATE FUNCTION traveller_word_prefixes(folded_names text[]) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT coalesce(string_agg(DISTINCT
                        '''' || least(traveller, 10) || ':' || replace(replace(left(word, prefix_length), '\\', '\\\\'), '''', '''''')
                          || ''':' || traveller, ' ')::tsvector,
                      ''::tsvector)
        FROM unnest(folded_names) WITH ORDINALITY AS names(folded, traveller),
             unnest(tsvector_to_array(to_tsvector('simple'::regconfig, folded))) AS word,
             generate_series(1, least(length(word), 20)) AS prefix_length
    $$
  `);
}

export const down: Migration = async ({ context: queryInterface }) => {
  const run: Run = (statement) => queryInterface.sequelize.query(statement);

  await run('DROP INDEX IF EXISTS declarations_queue_planned_idx');
  await run(`
    CREATE INDEX declarations_queue_planned_idx
      ON declarations (status, gate_code, planned_crossing_date, submitted_at, id)
  `);
  await run(`
    CREATE OR REPLACE FUNCTION copy_traveller_names(declaration uuid) RETURNS void LANGUAGE sql AS $$
      UPDATE declarations d
         SET lead_traveller_name = names.lead, traveller_name_prefixes = names.prefixes,
             traveller_count = names.count
        FROM (SELECT max(t.full_name) FILTER (WHERE t.position = 0) AS lead,
                     name_word_prefixes(coalesce(string_agg(t.full_name_folded, ' '), '')) AS prefixes,
                     count(*) AS count
                FROM declaration_travellers t WHERE t.declaration_id = declaration) names
       WHERE d.id = declaration
         AND (d.lead_traveller_name IS DISTINCT FROM names.lead
              OR d.traveller_name_prefixes IS DISTINCT FROM names.prefixes
              OR d.traveller_count <> names.count)
    $$
  `);
  await run(`
    UPDATE declarations d
       SET traveller_name_prefixes = names.prefixes
      FROM (SELECT t.declaration_id, name_word_prefixes(string_agg(t.full_name_folded, ' ')) AS prefixes
              FROM declaration_travellers t GROUP BY t.declaration_id) names
     WHERE names.declaration_id = d.id
  `);
  await run('DROP FUNCTION IF EXISTS traveller_word_prefixes(text[])');
};
