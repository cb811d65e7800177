import type { GoodsUnit, HsCodeOption } from '@smartgate/shared-models';

import { ApiClient } from '../../test/api-client';

describe('goods reference data', () => {
  let client: ApiClient;

  beforeAll(async () => {
    client = await ApiClient.create();
  });

  async function search(q: string): Promise<HsCodeOption[]> {
    const response = await client.get(`/api/reference/hs-codes?q=${encodeURIComponent(q)}`).expect(200);
    return response.body as HsCodeOption[];
  }

  it('finds codes by a prefix typed with dots', async () => {
    const codes = (await search('0714.10')).map((option) => option.code);

    expect(codes).toEqual(['071410', '07141011', '07141019', '07141091', '07141099']);
  });

  it('finds Vietnamese descriptions without diacritics', async () => {
    const options = await search('san lat kho');

    expect(options.map((option) => option.code)).toContain('07141011');
    expect(options.find((option) => option.code === '07141011')).toEqual(
      jasmine.objectContaining({ level: 8, chapter: '07', parentCode: '071410', selectable: true }),
    );
  });

  it('finds English words in any case', async () => {
    const codes = (await search('Cashew SHELL')).map((option) => option.code);

    expect(codes).toContain('08013100');
  });

  it('marks controlled lines', async () => {
    const [insecticides] = await search('38089190');

    expect(insecticides.control).toBe('licence_required');
  });

  it('treats LIKE wildcards as plain text', async () => {
    expect(await search('%')).toEqual([]);
  });

  it('returns at most 20 codes', async () => {
    expect((await search('0')).length).toBe(20);
  });

  it('lists the chapters without a query', async () => {
    const options = await search('');

    expect(options.every((option) => option.level === 2)).toBeTrue();
    expect(options.map((option) => option.code)).toContain('31');
  });

  it('refuses search text over 100 characters', async () => {
    await client.get(`/api/reference/hs-codes?q=${'a'.repeat(101)}`).expect(400);
  });

  it('lists the units with their decimals', async () => {
    const response = await client.get('/api/reference/units').expect(200);

    const units = response.body as GoodsUnit[];
    expect(units.find((unit) => unit.code === 'kg')).toEqual(
      jasmine.objectContaining({ nameVi: 'Kilôgam', decimals: 3 }),
    );
    expect(units.find((unit) => unit.code === 'pce')?.decimals).toBe(0);
  });
});
