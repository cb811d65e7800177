import { MAX_SEARCH_MATCHES } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { ensureSpecGate } from './queue-fixtures';
import { findQueuePage, type QueueSelection } from './review-queue.repository';

const GATE = 'QWIN';
/** The latest declarations, which do not match "tran mai", so its first window contains no match. */
const LATEST = 300;
const OLDER = 1100;

/**
 * Inserts the spec's declarations of one applicant straight into the tables, the n-th submitted
 * n minutes ago:
 * the latest `LATEST` with Võ Minh Khoa and a companion Trần Văn Khoa, the `OLDER` before them
 * with Trần Thị Mai alone. The traveller trigger fills the name prefixes.
 */
async function seedDeclarations(applicantId: string): Promise<void> {
  const { sequelize } = testEnvironment();
  await sequelize.query(
    `INSERT INTO declarations (id, applicant_id, gate_code, status, version, submitted_at, created_at, updated_at)
     SELECT gen_random_uuid(), $3, $1, 'submitted', 2, now() - n * interval '1 minute', now(), now()
       FROM generate_series(1, $2::int) n`,
    { bind: [GATE, LATEST + OLDER, applicantId] },
  );
  await sequelize.query(
    `INSERT INTO declaration_travellers (declaration_id, position, full_name, full_name_folded)
     SELECT d.id, t.position, t.full_name, t.folded
       FROM (SELECT id, row_number() OVER (ORDER BY submitted_at DESC) AS n FROM declarations
              WHERE gate_code = $1) d,
            LATERAL (VALUES (0, 'Võ Minh Khoa', 'vo minh khoa'), (1, 'Trần Văn Khoa', 'tran van khoa')) t(position, full_name, folded)
      WHERE d.n <= $2 OR t.position = 0`,
    { bind: [GATE, LATEST] },
  );
  await sequelize.query(
    `UPDATE declaration_travellers t SET full_name = 'Trần Thị Mai', full_name_folded = 'tran thi mai'
       FROM (SELECT id, row_number() OVER (ORDER BY submitted_at DESC) AS n FROM declarations
              WHERE gate_code = $1) d
      WHERE t.declaration_id = d.id AND d.n > $2`,
    { bind: [GATE, LATEST] },
  );
}

/** Lists the ids of declarations with a traveller of one of the folded names, in submission order. */
async function expectedIds(names: string[], order: 'asc' | 'desc'): Promise<string[]> {
  const rows = await testEnvironment().sequelize.query<{ id: string }>(
    `SELECT d.id FROM declarations d
      WHERE d.gate_code = $1
        AND EXISTS (SELECT 1 FROM declaration_travellers t
                     WHERE t.declaration_id = d.id AND t.full_name_folded = ANY($2::text[]))
      ORDER BY d.submitted_at ${order === 'asc' ? 'ASC' : 'DESC'}, d.id ${order === 'asc' ? 'ASC' : 'DESC'}`,
    { bind: [GATE, names], type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.id);
}

function selection(search: string, page: number, order: 'asc' | 'desc' = 'desc'): QueueSelection {
  return {
    officerId: '00000000-0000-4000-8000-000000000000',
    statuses: ['submitted'],
    gateCodes: [GATE],
    hold: 'any',
    search,
    sort: 'submittedAt',
    order,
    page,
    pageSize: 20,
  };
}

describe('search pages beyond the search count', () => {
  beforeAll(async () => {
    await ensureSpecGate(GATE);
    const { profile } = await signedInApplicant();
    await seedDeclarations(profile.id);
  });

  it('caps the count of a wide search', async () => {
    const found = await findQueuePage(testEnvironment().sequelize, selection('tran', 1));

    expect(found.total).toBe(MAX_SEARCH_MATCHES);
    expect(found.totalCapped).toBeTrue();
  });

  it('pages matches that fill the latest submissions in order', async () => {
    const expected = await expectedIds(['tran van khoa', 'tran thi mai'], 'desc');

    for (const page of [1, 3]) {
      const found = await findQueuePage(testEnvironment().sequelize, selection('tran', page));
      expect(found.ids)
        .withContext(`page ${page}`)
        .toEqual(expected.slice((page - 1) * 20, page * 20));
    }
  });

  it('pages matches that only older submissions hold in order', async () => {
    const expected = await expectedIds(['tran thi mai'], 'desc');

    for (const page of [1, 2, 50]) {
      const found = await findQueuePage(testEnvironment().sequelize, selection('tran mai', page));
      expect(found.ids)
        .withContext(`page ${page}`)
        .toEqual(expected.slice((page - 1) * 20, page * 20));
    }
  });

  it('pages in ascending order from the earliest submission', async () => {
    const expected = await expectedIds(['tran van khoa'], 'asc');

    const found = await findQueuePage(testEnvironment().sequelize, selection('khoa tran', 1, 'asc'));

    expect(found.total).toBe(LATEST);
    expect(found.ids).toEqual(expected.slice(0, 20));
  });

  it('pages a wide search in ascending order', async () => {
    const expected = await expectedIds(['tran van khoa', 'tran thi mai'], 'asc');

    const found = await findQueuePage(testEnvironment().sequelize, selection('tran', 2, 'asc'));

    expect(found.totalCapped).toBeTrue();
    expect(found.ids).toEqual(expected.slice(20, 40));
  });
});
