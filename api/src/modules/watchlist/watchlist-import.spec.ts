import type { WatchlistImportResult, WatchlistPage } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { testEnvironment } from '../../test/test-environment';
import {
  WATCHLIST,
  signedInAdministrator,
  uniqueDocumentNumber,
  uniqueName,
} from '../screening/screening-fixtures';

const IMPORT = `${WATCHLIST}/import`;

async function countEntriesWithKeys(keys: string[]): Promise<number> {
  const [{ count }] = await testEnvironment().sequelize.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM watchlist_entries WHERE search_key = ANY($1::text[])',
    { bind: [keys], type: QueryTypes.SELECT },
  );
  return count;
}

describe('watchlist CSV import', () => {
  let administrator: ApiClient;

  beforeEach(async () => {
    administrator = await signedInAdministrator();
  });

  it('imports a file with a BOM, semicolons and a quoted line break', async () => {
    const documentNumber = uniqueDocumentNumber();
    const name = uniqueName();
    const csv = [
      '\uFEFFmatch_kind;value;document_type;reason;expires_on',
      `document_number;${documentNumber};passport;"Lệnh truy nã; số 12";${daysFromToday(60)}`,
      '',
      `name;"${name.replace(' ', '\n')}";;"Cấm xuất cảnh\r\ntheo quyết định";${daysFromToday(60)}`,
    ].join('\r\n');

    const response = await administrator.post(IMPORT, { csv }).expect(200);

    const result = response.body as WatchlistImportResult;
    expect(result.rejectedRows).toEqual([]);
    expect(result.imported).toBe(2);
    const search = await administrator.post(`${WATCHLIST}/search`, { search: name }).expect(200);
    const [entry] = (search.body as WatchlistPage).items;
    expect(entry.value).toBe(name);
    expect(entry.reason).toBe('Cấm xuất cảnh\r\ntheo quyết định');
  });

  it('stores nothing and lists every rejected row with its number', async () => {
    const good = uniqueDocumentNumber();
    const csv = [
      'match_kind,value,document_country,date_of_birth,reason,expires_on',
      `document_number,${good},VNM,,Valid row,${daysFromToday(10)}`,
      `plate,81C,,,Too short,${daysFromToday(10)}`,
      `name,"Trần Thị\nBình",,1990-02-30,Bad date,${daysFromToday(10)}`,
      `document_number,${good},VNM,,Same again,${daysFromToday(20)}`,
      `colour,${uniqueDocumentNumber()},,,Unknown kind,${daysFromToday(10)}`,
      `plate,81C-999.99,,,Missing cell`,
    ].join('\n');

    const response = await administrator.post(IMPORT, { csv }).set('Accept-Language', 'vi').expect(200);

    const result = response.body as WatchlistImportResult;
    expect(result.imported).toBe(0);
    expect(result.rejectedRows.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 3, field: 'value', code: 'watchlistValueTooShort' },
      { row: 4, field: 'date_of_birth', code: 'invalidDate' },
      { row: 5, field: 'value', code: 'watchlistDuplicateEntry' },
      { row: 6, field: 'match_kind', code: 'invalidOption' },
      { row: 7, field: 'row', code: 'csvRowMalformed' },
    ]);
    expect(result.rejectedRows[1].message).toContain('Ngày sinh');
    expect(await countEntriesWithKeys([good])).toBe(0);
  });

  it('rejects a row duplicating an entry in force', async () => {
    const value = uniqueDocumentNumber();
    const row = `document_number,${value},r,${daysFromToday(10)}`;
    await administrator.post(IMPORT, { csv: `match_kind,value,reason,expires_on\n${row}` }).expect(200);

    const response = await administrator
      .post(IMPORT, { csv: `match_kind,value,reason,expires_on\n${row}` })
      .expect(200);

    expect((response.body as WatchlistImportResult).rejectedRows).toEqual([
      jasmine.objectContaining({ row: 2, field: 'value', code: 'watchlistDuplicateEntry' }),
    ]);
    expect(await countEntriesWithKeys([value])).toBe(1);
  });

  it('checks a file without storing it on a dry run', async () => {
    const value = uniqueDocumentNumber();
    const csv = `match_kind,value,reason,expires_on\ndocument_number,${value},r,${daysFromToday(10)}`;

    const response = await administrator.post(IMPORT, { csv, dryRun: true }).expect(200);

    expect(response.body).toEqual({ imported: 0, validRows: 1, rejectedRows: [], dryRun: true });
    expect(await countEntriesWithKeys([value])).toBe(0);
  });

  it('rejects a file without the required columns', async () => {
    const response = await administrator.post(IMPORT, { csv: 'value;reason\nC1234567;r' }).expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'csv', code: 'csvColumnsMissing' }),
    ]);
    expect(response.body.errors[0].message).toContain('match_kind, expires_on');
  });

  it('rejects an empty or oversized file', async () => {
    await administrator.post(IMPORT, { csv: '' }).expect(400);
    const response = await administrator.post(IMPORT, { csv: 'a'.repeat(90_001) }).expect(400);

    expect(response.body.errors).toEqual([jasmine.objectContaining({ path: 'csv', code: 'tooLong' })]);
  });

  it('audits an import with counts and ids only', async () => {
    const value = uniqueDocumentNumber();
    const csv = `match_kind,value,reason,expires_on\ndocument_number,${value},r,${daysFromToday(10)}`;

    await administrator.post(IMPORT, { csv }).expect(200);

    const [audit] = await testEnvironment().sequelize.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log WHERE action = 'watchlist.imported' ORDER BY id DESC LIMIT 1`,
      { type: QueryTypes.SELECT },
    );
    expect(audit.details['imported']).toBe(1);
    expect(JSON.stringify(audit.details)).not.toContain(value);
  });
});
