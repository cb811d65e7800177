import type pg from 'pg';

import { SEED_NAMES, type NameList } from './search-names';

/** Gates of the seed: Lệ Thanh (seeded by the API) and four more, so officers see only some. */
export const SEED_GATES = ['LT', 'B1', 'B2', 'B3', 'B4'] as const;
export const SEED_OFFICERS = 40;
const SEED_APPLICANTS = 20_000;

/** Keys of the name arrays, in the order of their bind parameters. */
const NAME_KEYS = Object.keys(SEED_NAMES) as (keyof typeof SEED_NAMES)[];

function nameParameters(): string[][] {
  return NAME_KEYS.flatMap((key) => [SEED_NAMES[key].names, SEED_NAMES[key].folded]);
}

/**
 * Builds SQL that picks one entry of a name array with a random number from 0 to 1. The name arrays
 * are the bind parameters from `$2` on; `$1` is the number of declarations.
 */
function pick(key: keyof typeof SEED_NAMES, form: keyof NameList, random: string): string {
  const parameter = 2 + NAME_KEYS.indexOf(key) * 2 + (form === 'names' ? 0 : 1);
  return `($${parameter}::text[])[1 + floor(${random} * cardinality($${parameter}::text[]))::int]`;
}

/**
 * Builds SQL for a full name from random numbers: Vietnamese (family, middle and given name) or
 * Khmer as romanized in passports (family and given name), for one sex.
 */
function personName(
  form: keyof NameList,
  random: { khmer: string; male: string; f: string; m: string; g: string },
) {
  const vietnamese = `${pick('vietnameseFamily', form, random.f)} || ' ' ||
    CASE WHEN ${random.male} THEN ${pick('vietnameseMiddleMale', form, random.m)} || ' ' || ${pick('vietnameseGivenMale', form, random.g)}
         ELSE ${pick('vietnameseMiddleFemale', form, random.m)} || ' ' || ${pick('vietnameseGivenFemale', form, random.g)} END`;
  const khmer = `${pick('khmerFamily', form, random.f)} || ' ' ||
    CASE WHEN ${random.male} THEN ${pick('khmerGivenMale', form, random.g)} ELSE ${pick('khmerGivenFemale', form, random.g)} END`;
  return `CASE WHEN ${random.khmer} THEN ${khmer} ELSE ${vietnamese} END`;
}

/**
 * Builds the plan: one row per declaration with every random choice made once. The inner SELECT
 * draws the random numbers. PostgreSQL does not flatten a subquery with volatile functions, so
 * each number is drawn once per row and reused by every column derived from it.
 */
function planStatement(): string {
  const lead = { khmer: 'khmer', male: 'male', f: 'r_f', m: 'r_m', g: 'r_g' };
  return `
    CREATE TEMP TABLE seed_plan AS
    SELECT n, id, gate_code, direction, purpose_code, status, planned, traveller_count, khmer, male,
           ${personName('names', lead)} AS lead_name,
           ${personName('folded', lead)} AS lead_folded,
           CASE WHEN status = 'draft' OR (status = 'withdrawn' AND r_dec < 0.5) THEN NULL
                WHEN day_offset >= 0 THEN now() - r_sub * interval '4 days'
                ELSE (planned + time '06:00')::timestamptz - (0.5 + r_sub * 6) * interval '1 day' END AS submitted_at,
           r_dec, r_assign
      FROM (
        SELECT *, current_date + day_offset AS planned,
               CASE WHEN day_offset >= -1 THEN
                      CASE WHEN r_status < 0.01 THEN 'draft' WHEN r_status < 0.70 THEN 'submitted'
                           WHEN r_status < 0.78 THEN 'changes_requested' WHEN r_status < 0.83 THEN 'approved'
                           WHEN r_status < 0.95 THEN 'issued' WHEN r_status < 0.98 THEN 'rejected' ELSE 'withdrawn' END
                    ELSE
                      CASE WHEN r_status < 0.01 THEN 'draft' WHEN r_status < 0.015 THEN 'submitted'
                           WHEN r_status < 0.02 THEN 'changes_requested' WHEN r_status < 0.025 THEN 'approved'
                           WHEN r_status < 0.90 THEN 'issued' WHEN r_status < 0.96 THEN 'rejected' ELSE 'withdrawn' END
               END AS status
          FROM (
            SELECT n, gen_random_uuid() AS id,
                   CASE WHEN r_gate < 0.40 THEN 'LT' WHEN r_gate < 0.55 THEN 'B1' WHEN r_gate < 0.70 THEN 'B2'
                        WHEN r_gate < 0.85 THEN 'B3' ELSE 'B4' END AS gate_code,
                   CASE WHEN r_dir < 0.5 THEN 'entry' ELSE 'exit' END AS direction,
                   (ARRAY['work', 'business', 'family_visit', 'tourism', 'other'])[1 + floor(r_purpose * 5)::int] AS purpose_code,
                   floor(r_day * 730)::int - 722 AS day_offset,
                   CASE WHEN r_tc < 0.65 THEN 1 WHEN r_tc < 0.85 THEN 2 WHEN r_tc < 0.95 THEN 3 ELSE 4 END AS traveller_count,
                   r_nat >= 0.75 AS khmer, r_sex < 0.5 AS male,
                   r_status, r_sub, r_dec, r_assign, r_f, r_m, r_g
              FROM (
                SELECT n, random() AS r_gate, random() AS r_dir, random() AS r_purpose, random() AS r_day,
                       random() AS r_tc, random() AS r_nat, random() AS r_sex, random() AS r_status,
                       random() AS r_sub, random() AS r_dec, random() AS r_assign,
                       random() AS r_f, random() AS r_m, random() AS r_g
                  FROM generate_series(1, $1::int) n
              ) drawn
          ) chosen
      ) dated`;
}

const OFFICER_ID = (k: string) => `md5('bench-officer-' || (${k}))::uuid`;

const DECLARATIONS_STATEMENT = `
  INSERT INTO declarations (id, applicant_id, gate_code, direction, planned_crossing_date, purpose_code, status,
                            version, submitted_at, decided_at, decided_by, rejection_reason, reference_code,
                            assigned_officer_id, assigned_at, lead_traveller_name, traveller_name_prefixes,
                            traveller_count, created_at, updated_at)
  SELECT id, md5('bench-applicant-' || (1 + n % ${SEED_APPLICANTS}))::uuid, gate_code, direction, planned,
         purpose_code, status,
         CASE status WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 WHEN 'issued' THEN 4 ELSE 3 END,
         submitted_at, decided_at,
         CASE WHEN decided_at IS NULL THEN NULL ELSE ${OFFICER_ID(`1 + n % ${SEED_OFFICERS}`)} END,
         CASE WHEN status = 'rejected' THEN 'Giấy tờ không hợp lệ.' END,
         CASE WHEN submitted_at IS NULL THEN NULL
              ELSE gate_code || '-' || upper(substr(code, 1, 4)) || '-' || upper(substr(code, 5, 4)) END,
         CASE WHEN held THEN ${OFFICER_ID(`1 + (n / 7) % ${SEED_OFFICERS}`)} END,
         CASE WHEN held THEN least(now(), submitted_at + interval '5 minutes') END,
         lead_name, names.prefixes, traveller_count,
         coalesce(submitted_at, now() - interval '1 day') - interval '10 minutes',
         coalesce(decided_at, submitted_at, now() - interval '1 day')
    FROM (
      SELECT *,
             -- Multiplying by an odd constant modulo 2^32 is a bijection, so the codes are unique.
             lpad(to_hex((n::bigint * 2654435761) % 4294967296), 8, '0') AS code,
             status = 'submitted' AND r_assign < 0.3 AS held,
             CASE WHEN status IN ('approved', 'issued', 'rejected')
                  THEN least(now(), submitted_at + interval '10 minutes' + r_dec * interval '30 hours') END AS decided_at
        FROM seed_plan
    ) plan
    JOIN (SELECT declaration_id, traveller_word_prefixes(array_agg(full_name_folded ORDER BY position)) AS prefixes
            FROM declaration_travellers GROUP BY declaration_id) names ON names.declaration_id = plan.id`;

function travellersStatement(): string {
  const companion = { khmer: 'khmer', male: 'c_male', f: 'c_f', m: 'c_m', g: 'c_g' };
  return `
    INSERT INTO declaration_travellers (declaration_id, position, full_name, full_name_folded, sex, date_of_birth,
                                        nationality, document_type, document_number, document_expiry_date)
    SELECT id, pos,
           CASE WHEN pos = 0 THEN lead_name ELSE ${personName('names', companion)} END,
           CASE WHEN pos = 0 THEN lead_folded ELSE ${personName('folded', companion)} END,
           CASE WHEN (pos = 0 AND male) OR (pos > 0 AND c_male) THEN 'male' ELSE 'female' END,
           date '1950-01-01' + floor(c_dob * 24000)::int,
           CASE WHEN khmer THEN 'KHM' ELSE 'VNM' END,
           CASE WHEN NOT khmer AND c_doc < 0.3 THEN 'border_pass' ELSE 'passport' END,
           CASE WHEN khmer THEN 'N' WHEN c_doc < 0.3 THEN 'BP' ELSE 'C' END
             || lpad((abs(hashtext(id::text || pos)) % 10000000)::text, 7, '0'),
           planned + 30 + floor(c_exp * 3000)::int
      FROM (
        SELECT p.*, g.pos, $1::int AS declarations, random() < 0.5 AS c_male, random() AS c_f, random() AS c_m, random() AS c_g,
               random() AS c_dob, random() AS c_doc, random() AS c_exp
          FROM seed_plan p CROSS JOIN LATERAL generate_series(0, p.traveller_count - 1) g(pos)
      ) travellers`;
}

const RESULTS_STATEMENT = `
  INSERT INTO results (declaration_id, gate_code, year, sequence, number, token, status, valid_from, valid_until,
                       pdf_path, issued_at, officer_id, created_at, updated_at)
  SELECT d.id, d.gate_code, extract(year FROM d.decided_at)::int, p.n, d.gate_code || '-' || p.n, md5(d.id::text),
         CASE WHEN d.status = 'issued' THEN 'issued' ELSE 'pending' END,
         d.planned_crossing_date, d.planned_crossing_date + 3,
         CASE WHEN d.status = 'issued' THEN 'bench/' || d.id || '.pdf' END,
         CASE WHEN d.status = 'issued' THEN d.decided_at + interval '2 seconds' END,
         d.decided_by, d.decided_at, d.decided_at
    FROM seed_plan p JOIN declarations d ON d.id = p.id
   WHERE d.status IN ('approved', 'issued')`;

const CHANGE_REQUESTS_STATEMENT = `
  INSERT INTO change_requests (id, declaration_id, round, officer_id, comment, created_at)
  SELECT gen_random_uuid(), d.id, 1, ${OFFICER_ID(`1 + p.n % ${SEED_OFFICERS}`)},
         'Ảnh chân dung chưa rõ.', least(now(), d.submitted_at + interval '1 hour')
    FROM seed_plan p JOIN declarations d ON d.id = p.id
   WHERE d.status = 'changes_requested'`;

const REFERENCE_STATEMENTS = [
  `INSERT INTO gates (code, name_vi, name_en, facing_gate_name, facing_province, facing_country)
   SELECT code, 'Cửa khẩu ' || code, 'Gate ' || code, 'Facing ' || code, 'Ratanakiri', 'KHM'
     FROM unnest(ARRAY['B1', 'B2', 'B3', 'B4']) code
   ON CONFLICT (code) DO NOTHING`,
  `INSERT INTO officers (id, username, full_name, role, password_hash, active, created_at, updated_at)
   SELECT ${OFFICER_ID('k')}, 'bench-officer-' || k, 'Cán bộ Số ' || k, 'reviewer', 'not a hash', true, now(), now()
     FROM generate_series(1, ${SEED_OFFICERS}) k`,
  // Each officer belongs to Lệ Thanh and one other gate.
  `INSERT INTO officer_gates (officer_id, gate_code)
   SELECT ${OFFICER_ID('k')}, gate FROM generate_series(1, ${SEED_OFFICERS}) k,
          LATERAL (VALUES ('LT'), ('B' || (1 + k % 4))) gates(gate)`,
  `INSERT INTO applicants (id, email, password_hash, full_name, preferred_language, created_at, updated_at)
   SELECT md5('bench-applicant-' || k)::uuid, 'bench-applicant-' || k || '@example.vn', 'not a hash',
          'Người nộp ' || k, 'vi', now(), now()
     FROM generate_series(1, ${SEED_APPLICANTS}) k`,
];

/** Tables whose secondary indexes are dropped while rows go in, and built again afterwards. */
const BULK_TABLES = ['declarations', 'declaration_travellers'];

/** Drops the indexes that no constraint needs and returns their definitions, to build them again. */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  for (const row of rows) {
    await client.query(`DROP INDEX ${row.name}`);
  }
  return rows.map((row) => row.definition);
}

async function timed(label: string, run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Seeds `count` declarations with their travellers, results and change requests in bulk SQL
 * (`INSERT … SELECT` over `generate_series`), with the secondary indexes dropped meanwhile and
 * triggers off: the declarations statement fills the copies of the travellers' names itself.
 * Runs on the benchmark's own, freshly migrated database as the superuser `postgres`, whom
 * replica mode needs.
 */
export async function seedSearchData(client: pg.Client, count: number): Promise<void> {
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query('SET synchronous_commit = off');
  await client.query('SELECT setseed(0.5)');

  await timed('gates, officers and applicants', async () => {
    for (const statement of REFERENCE_STATEMENTS) {
      await client.query(statement);
    }
  });

  const indexes = await dropSecondaryIndexes(client);
  // Replica mode skips triggers and foreign-key checks, so travellers can go in before their
  // declarations, which then take the travellers' names in the same statement.
  await client.query('SET session_replication_role = replica');

  await timed('plan', () => client.query(planStatement(), [count, ...nameParameters()]));
  await timed('travellers', () => client.query(travellersStatement(), [count, ...nameParameters()]));
  await timed('declarations', () => client.query(DECLARATIONS_STATEMENT));
  await timed('results', () => client.query(RESULTS_STATEMENT));
  await timed('change requests', () => client.query(CHANGE_REQUESTS_STATEMENT));

  await client.query('SET session_replication_role = origin');
  await timed(`${indexes.length} indexes`, async () => {
    for (const definition of indexes) {
      await client.query(definition);
    }
  });
  await client.query('DROP TABLE seed_plan');
  // VACUUM sets the visibility map, so counts can use index-only scans as in a settled database.
  await timed('vacuum and analyze', () => client.query('VACUUM ANALYZE'));
}
