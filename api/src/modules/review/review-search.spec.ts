import type { DeclarationView, QueuePage } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { signedInApplicant } from '../../test/factories';
import { REVIEW, SEARCH, ensureSpecGate, gateOfficer, submitAtGate } from './queue-fixtures';
import { escapeLikePattern, nameSearchWords } from './review-search';

const GATE = 'QSRCH';

describe('search words', () => {
  it('fold diacritics, case and đ', () => {
    expect(nameSearchWords('  Nguyễn   VĂN Đức ')).toEqual(['nguyen', 'van', 'duc']);
  });

  it('split at name separators', () => {
    expect(nameSearchWords("O'Hara Lê-Thị")).toEqual(['o', 'hara', 'le', 'thi']);
  });

  it('drop words without letters or digits', () => {
    expect(nameSearchWords('%% __ "')).toEqual([]);
  });

  it('escape LIKE wildcards', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('declaration search', () => {
  let officer: ApiClient;
  let duc: DeclarationView;
  let ohara: DeclarationView;
  let chea: DeclarationView;

  function search(text: string, extra: Record<string, unknown> = {}) {
    return officer.post(SEARCH, { search: text, pageSize: 100, ...extra });
  }

  async function foundIds(text: string): Promise<string[]> {
    const response = await search(text).expect(200);
    return (response.body as QueuePage).items.map((item) => item.id);
  }

  beforeAll(async () => {
    await ensureSpecGate(GATE);
    ({ client: officer } = await gateOfficer([GATE]));

    const { client: applicant } = await signedInApplicant();
    duc = await submitAtGate(applicant, GATE, [{ fullName: 'Nguyễn Văn Đức', documentNumber: 'B7654321' }], {
      vehicle: { kind: 'car', plateCountry: 'VNM', plateNumber: '81A-123.45' },
    });
    ohara = await submitAtGate(applicant, GATE, [
      { fullName: 'Trần Thị Mai' },
      { fullName: "Mary O'Hara", nationality: 'IRL' },
    ]);
    chea = await submitAtGate(applicant, GATE, [{ fullName: 'Sok Chea', nationality: 'KHM' }]);
  });

  it('finds an accented name typed without diacritics', async () => {
    expect(await foundIds('nguyen van duc')).toEqual([duc.id]);
  });

  it('ignores case, word order and đ', async () => {
    expect(await foundIds('DUC nguyen')).toEqual([duc.id]);
    expect(await foundIds('Đức')).toEqual([duc.id]);
  });

  it('matches word prefixes only', async () => {
    expect(await foundIds('nguy va')).toEqual([duc.id]);
    expect(await foundIds('guyen')).toEqual([]);
  });

  it("needs every word in one traveller's name", async () => {
    expect(await foundIds('mai tran')).toEqual([ohara.id]);
    expect(await foundIds('tran hara')).toEqual([]);
  });

  it('finds companions and words after an apostrophe', async () => {
    expect(await foundIds('hara')).toEqual([ohara.id]);
    expect(await foundIds("o'hara")).toEqual([ohara.id]);
  });

  it('finds a document number and its start', async () => {
    expect(await foundIds('B7654321')).toEqual([duc.id]);
    expect(await foundIds('b76543')).toEqual([duc.id]);
  });

  it('finds a reference code as people type it', async () => {
    const code = chea.referenceCode;
    expect(code).withContext('the submission gives a reference code').toBeTruthy();

    expect(await foundIds(code!.toLowerCase().replaceAll('-', ' '))).toEqual([chea.id]);
  });

  it('finds a plate however it is typed', async () => {
    expect(await foundIds('81a 123 45')).toEqual([duc.id]);
    expect(await foundIds('81A12345')).toEqual([duc.id]);
  });

  it('finds a declaration id', async () => {
    expect(await foundIds(chea.id.toUpperCase())).toEqual([chea.id]);
  });

  it('treats an empty string as no search', async () => {
    const searched = await search('   ').expect(200);
    const listed = await officer.get(`${REVIEW}?pageSize=100`).expect(200);

    expect(searched.body.items.map((item: { id: string }) => item.id)).toEqual(
      listed.body.items.map((item: { id: string }) => item.id),
    );
    expect(searched.body.total).toBe(3);
  });

  it('rejects one character with 422 naming the field', async () => {
    const response = await officer.post(SEARCH, { search: 'n' }).set('Accept-Language', 'vi').expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'search',
        code: 'searchTooShort',
        message: jasmine.stringMatching(/2 ký tự/),
      }),
    ]);
  });

  it('rejects 1,000 characters with 422 naming the limit', async () => {
    const response = await officer
      .post(SEARCH, { search: 'a'.repeat(1000) })
      .set('Accept-Language', 'en')
      .expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'search',
        code: 'searchTooLong',
        message: jasmine.stringMatching(/100/),
      }),
    ]);
  });

  it('rejects a single % or _ as too short', async () => {
    for (const text of ['%', '_']) {
      const response = await search(text).expect(422);
      expect(response.body.errors[0].code).withContext(text).toBe('searchTooShort');
    }
  });

  it('never treats % or _ as wildcards', async () => {
    expect(await foundIds('%%')).toEqual([]);
    expect(await foundIds('__')).toEqual([]);
    expect(await foundIds('\\\\')).toEqual([]);
    expect(await foundIds('ng_yen')).toEqual([]);
  });

  it('reads % and _ as the end of a word', async () => {
    expect(await foundIds('ng%')).toEqual([duc.id]);
    expect(await foundIds('van_duc')).toEqual([duc.id]);
  });

  it('keeps quotes harmless', async () => {
    expect(await foundIds(`'; DROP TABLE declarations; --`)).toEqual([]);
    expect(await foundIds(`"nguyen"`)).toEqual([duc.id]);
    expect(await foundIds(`''`)).toEqual([]);
  });

  it('combines with filters', async () => {
    const response = await search('chea', { nationality: 'KHM', queue: 'new' }).expect(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([chea.id]);

    const none = await search('chea', { nationality: 'IRL' }).expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('keeps search text out of the address', async () => {
    const response = await officer.get(`${REVIEW}?search=nguyen`).expect(400);

    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'search', code: 'searchNotInUrl' }),
    );
  });

  it('shows nothing of gates the officer lacks', async () => {
    const { client: stranger } = await gateOfficer(['LT']);

    const response = await stranger.post(SEARCH, { search: 'nguyen van duc' }).expect(200);

    expect(response.body.items.map((item: { id: string }) => item.id)).not.toContain(duc.id);
  });
});
