import { foldText, type WatchlistEntryView, type WatchlistPage } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { signedInApplicant, signedInOfficer } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import {
  WATCHLIST,
  addWatchlistEntry,
  signedInAdministrator,
  uniqueDocumentNumber,
  uniqueName,
} from '../screening/screening-fixtures';

async function latestAuditRows(action: string, limit: number) {
  return testEnvironment().sequelize.query<{ details: Record<string, unknown> }>(
    `SELECT details FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT $2`,
    { bind: [action, limit], type: QueryTypes.SELECT },
  );
}

describe('watchlist administration', () => {
  let administrator: ApiClient;

  beforeEach(async () => {
    administrator = await signedInAdministrator();
  });

  it('adds an entry with its folded key and audits it without the value', async () => {
    const name = uniqueName();

    const entry = await addWatchlistEntry(administrator, {
      matchKind: 'name',
      value: name,
      dateOfBirth: '1980-01-31',
      expiresOn: daysFromToday(30),
    });

    expect(entry.searchKey).toBe(foldText(name));
    expect(entry.searchKey).toMatch(/^nguyen van [a-z]+$/);
    expect(entry.active).toBeTrue();
    expect(entry.expired).toBeFalse();
    expect(entry.expiresOn).toBe(daysFromToday(30));
    const [audit] = await latestAuditRows('watchlist.entry.added', 1);
    expect(audit.details['entryId']).toBe(entry.id);
    expect(JSON.stringify(audit.details)).not.toContain(name);
  });

  it('finds an entry by a name typed without diacritics', async () => {
    const name = uniqueName();
    const entry = await addWatchlistEntry(administrator, { matchKind: 'name', value: name });
    const typed = name.replace('Nguyễn Văn', 'NGUYEN VAN');

    const response = await administrator.post(`${WATCHLIST}/search`, { search: typed }).expect(200);

    const page = response.body as WatchlistPage;
    expect(page.items.map((item) => item.id)).toEqual([entry.id]);
    expect(page.total).toBe(1);
  });

  it('treats LIKE wildcards in the search as text', async () => {
    const response = await administrator
      .post(`${WATCHLIST}/search`, { search: '%_%', state: 'all' })
      .expect(200);

    expect((response.body as WatchlistPage).items).toEqual([]);
  });

  it('rejects a value too short to match safely', async () => {
    const response = await administrator
      .post(WATCHLIST, {
        matchKind: 'document_number',
        value: 'C-12',
        reason: 'r',
        expiresOn: daysFromToday(5),
      })
      .expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'value', code: 'watchlistValueTooShort' }),
    ]);
    expect(response.body.errors[0].message).toContain('Value');
  });

  it('rejects a field of another kind and a past expiry', async () => {
    const response = await administrator
      .post(WATCHLIST, {
        matchKind: 'plate',
        value: '81C-123.45',
        dateOfBirth: '1980-01-31',
        reason: 'r',
        expiresOn: daysFromToday(5),
      })
      .expect(422);
    const past = await administrator
      .post(WATCHLIST, { matchKind: 'plate', value: '81C-123.45', reason: 'r', expiresOn: daysFromToday(-1) })
      .expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'dateOfBirth', code: 'watchlistFieldNotForKind' }),
    ]);
    expect(past.body.errors).toEqual([jasmine.objectContaining({ path: 'expiresOn', code: 'dateInPast' })]);
  });

  it('rejects a duplicate of an entry in force', async () => {
    const value = uniqueDocumentNumber();
    await addWatchlistEntry(administrator, { matchKind: 'document_number', value });

    const response = await administrator
      .post(WATCHLIST, {
        matchKind: 'document_number',
        value: value.toLowerCase(),
        reason: 'r',
        expiresOn: daysFromToday(9),
      })
      .expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'value', code: 'watchlistDuplicateEntry' }),
    ]);
  });

  it('deactivates an entry once, with the reason', async () => {
    const entry = await addWatchlistEntry(administrator, {
      matchKind: 'document_number',
      value: uniqueDocumentNumber(),
    });

    const response = await administrator
      .post(`${WATCHLIST}/${entry.id}/deactivate`, { reason: 'Lệnh đã được thu hồi' })
      .expect(200);
    const again = await administrator.post(`${WATCHLIST}/${entry.id}/deactivate`, { reason: 'again' });

    const deactivated = response.body as WatchlistEntryView;
    expect(deactivated.active).toBeFalse();
    expect(deactivated.deactivationReason).toBe('Lệnh đã được thu hồi');
    expect(deactivated.deactivatedBy).not.toBeNull();
    expect(again.status).toBe(409);
    const [audit] = await latestAuditRows('watchlist.entry.deactivated', 1);
    expect(audit.details['entryId']).toBe(entry.id);
  });

  it('requires a reason to deactivate', async () => {
    const entry = await addWatchlistEntry(administrator, {
      matchKind: 'document_number',
      value: uniqueDocumentNumber(),
    });

    const response = await administrator
      .post(`${WATCHLIST}/${entry.id}/deactivate`, { reason: '  ' })
      .expect(400);

    expect(response.body.errors).toEqual([jasmine.objectContaining({ path: 'reason', code: 'required' })]);
  });

  it('answers 404 for an unknown or malformed entry id', async () => {
    await administrator
      .post(`${WATCHLIST}/00000000-0000-4000-8000-000000000000/deactivate`, { reason: 'r' })
      .expect(404);
    await administrator.post(`${WATCHLIST}/not-an-id/deactivate`, { reason: 'r' }).expect(404);
  });

  it('lists deactivated and expired entries apart from those in force', async () => {
    const expired = await addWatchlistEntry(administrator, {
      matchKind: 'document_number',
      value: uniqueDocumentNumber(),
    });
    await testEnvironment().sequelize.query(
      `UPDATE watchlist_entries SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      { bind: [expired.id] },
    );

    const active = await administrator.post(`${WATCHLIST}/search`, { search: expired.value }).expect(200);
    const expiredList = await administrator
      .post(`${WATCHLIST}/search`, { search: expired.value, state: 'expired' })
      .expect(200);

    expect((active.body as WatchlistPage).items).toEqual([]);
    expect((expiredList.body as WatchlistPage).items.map((item) => item.expired)).toEqual([true]);
  });

  it('serves the CSV template with a BOM and the header', async () => {
    const response = await administrator.get(`${WATCHLIST}/template.csv`).buffer(true).expect(200);

    expect(response.headers['content-type']).toContain('text/csv');
    expect(
      response.text.startsWith(
        '\uFEFFmatch_kind,value,document_type,document_country,date_of_birth,reason,expires_on',
      ),
    ).toBeTrue();
  });
});

describe('watchlist access', () => {
  for (const role of ['reviewer', 'supervisor', 'gate_officer'] as const) {
    it(`rejects a ${role} with 403`, async () => {
      const { client } = await signedInOfficer('en', { role });

      await client.post(`${WATCHLIST}/search`, {}).expect(403);
      await client
        .post(WATCHLIST, {
          matchKind: 'plate',
          value: '81C-123.45',
          reason: 'r',
          expiresOn: daysFromToday(1),
        })
        .expect(403);
      await client.post(`${WATCHLIST}/import`, { csv: 'x' }).expect(403);
      await client.get(`${WATCHLIST}/template.csv`).expect(403);
    });
  }

  it('rejects an applicant session', async () => {
    const { client } = await signedInApplicant();

    const response = await client.post(`${WATCHLIST}/search`, {});

    expect([401, 403]).toContain(response.status);
  });
});
