import { QueryTypes } from 'sequelize';

import { signedInApplicant, signedInOfficer, submittedDeclaration } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

interface AuditRow {
  action: string;
  declaration_id: string | null;
  ip: string | null;
  details: {
    filter: {
      queue: string;
      status?: string;
      page: number;
      pageSize: number;
      sort?: string;
      order?: string;
      searched: boolean;
    };
    count: number;
    total: number;
    declarationIds: string[];
  } | null;
}

/** The officer's list audit rows; sign-ins are audited too, but are not what these specs check. */
async function auditRowsOf(officerId: string): Promise<AuditRow[]> {
  return testEnvironment().sequelize.query<AuditRow>(
    `SELECT action, declaration_id, ip, details FROM audit_log
      WHERE actor_id = :officerId AND action LIKE 'declaration.list.%' ORDER BY id`,
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );
}

describe('officer queue audit', () => {
  it('records one row per list request', async () => {
    const { client: applicant } = await signedInApplicant();
    const submitted = await submittedDeclaration(applicant);
    const { client: officer, profile } = await signedInOfficer();

    // Newest submissions first, so the declaration is on page 1 however many earlier specs left in the queue.
    const response = await officer
      .get('/api/officer/declarations?pageSize=100&sort=submittedAt&order=desc')
      .expect(200);

    const rows = await auditRowsOf(profile.id);
    expect(rows.length).toBe(1);
    expect(rows[0].action).toBe('declaration.list.viewed');
    expect(rows[0].declaration_id).toBeNull();
    expect(rows[0].ip).toBeTruthy();
    expect(rows[0].details?.filter).toEqual({
      queue: 'new',
      page: 1,
      pageSize: 100,
      sort: 'submittedAt',
      order: 'desc',
      searched: false,
    });
    expect(rows[0].details?.count).toBe(response.body.items.length);
    expect(rows[0].details?.total).toBe(response.body.total);
    expect(rows[0].details?.declarationIds).toContain(submitted.id);
  });

  it('records the status filter and an empty page', async () => {
    const { client: officer, profile } = await signedInOfficer();

    await officer.get('/api/officer/declarations?status=rejected&page=400').expect(200);
    await officer.get('/api/officer/declarations?status=issued').expect(200);

    const rows = await auditRowsOf(profile.id);
    expect(rows.map((row) => row.details?.filter.status)).toEqual(['rejected', 'issued']);
    expect(rows[0].details?.filter.page).toBe(400);
    expect(rows[0].details?.count).toBe(0);
    expect(rows[0].details?.declarationIds).toEqual([]);
  });

  it('records nothing for a rejected filter', async () => {
    const { client: officer, profile } = await signedInOfficer();

    await officer.get('/api/officer/declarations?status=draft').expect(400);

    expect(await auditRowsOf(profile.id)).toEqual([]);
  });
});
