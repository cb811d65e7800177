import { MAX_QUEUE_MATCHES, MAX_SEARCH_MATCHES } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { testEnvironment } from '../../test/test-environment';
import { countLimit } from './review-queue.repository';
import { searchedTaxCode } from './review-search';

async function selectOne<T>(sql: string, bind: unknown[]): Promise<T> {
  const [row] = await testEnvironment().sequelize.query<{ value: T }>(`SELECT ${sql} AS value`, {
    bind,
    type: QueryTypes.SELECT,
  });
  return row.value;
}

describe('traveller word prefixes', () => {
  it("tag each traveller's prefixes with its slot and number", async () => {
    const vector = await selectOne<string>('traveller_word_prefixes($1::text[])::text', [
      ['le an', "o'hara"],
    ]);

    expect(vector).toBe("'1:a':1 '1:an':1 '1:l':1 '1:le':1 '2:h':2 '2:ha':2 '2:har':2 '2:hara':2 '2:o':2");
  });

  it('share the 10th slot among later travellers, told apart by number', async () => {
    const names = Array.from<unknown, string>({ length: 11 }, (_, index) =>
      index === 9 ? 'tran an' : 'le binh',
    );
    names[10] = 'vo mai';
    const match = (query: string) =>
      selectOne<boolean>('traveller_word_prefixes($1::text[]) @@ $2::tsquery', [names, query]);

    expect(await match("'10:tran' <0> '10:an'")).toBeTrue();
    expect(await match("'10:mai' <0> '10:vo'")).toBeTrue();
    expect(await match("'10:tran' & '10:mai'")).toBeTrue();
    expect(await match("'10:tran' <0> '10:mai'")).toBeFalse();
  });

  it('are empty for a declaration without travellers', async () => {
    expect(await selectOne<string>('traveller_word_prefixes($1::text[])::text', [[]])).toBe('');
  });
});

describe('search count limit', () => {
  it('stops a search count sooner than a queue count', () => {
    expect(countLimit({ search: 'nguyen' })).toBe(MAX_SEARCH_MATCHES);
    expect(countLimit({ search: undefined })).toBe(MAX_QUEUE_MATCHES);
    expect(MAX_SEARCH_MATCHES).toBeLessThan(MAX_QUEUE_MATCHES);
  });
});

describe('searched tax code', () => {
  it('takes a company code as typed, with spaces or dots', () => {
    expect(searchedTaxCode('0100233488')).toBe('0100233488');
    expect(searchedTaxCode('0100 233 488')).toBe('0100233488');
  });

  it('takes a branch code with or without its hyphen', () => {
    expect(searchedTaxCode('0314409058-002')).toBe('0314409058-002');
    expect(searchedTaxCode('0314409058002')).toBe('0314409058-002');
  });

  it('ignores names, wrong check digits and other numbers', () => {
    expect(searchedTaxCode('nguyen van duc')).toBeNull();
    expect(searchedTaxCode('0100233480')).toBeNull();
    expect(searchedTaxCode('B7654321')).toBeNull();
  });
});
