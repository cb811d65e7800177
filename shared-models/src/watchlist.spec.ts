import { BulkApprovalRequest } from './screening';
import { WatchlistEntryInput, watchlistSearchKey } from './watchlist';

const BASE = { reason: 'Lệnh truy nã', expiresOn: '2027-01-31' };

describe('watchlistSearchKey', () => {
  const cases: [Parameters<typeof watchlistSearchKey>[0], string, string][] = [
    ['document_number', 'c 123-4567', 'C1234567'],
    ['plate', '81c 123.45', '81C12345'],
    ['plate', '81Đ-123.45', '81D12345'],
    ['name', '  Nguyễn   Văn ĐỨC ', 'nguyen van duc'],
  ];

  for (const [kind, value, expected] of cases) {
    it(`folds ${kind} "${value}"`, () => {
      expect(watchlistSearchKey(kind, value)).toBe(expected);
    });
  }
});

describe('WatchlistEntryInput', () => {
  const valid: Record<string, unknown>[] = [
    {
      ...BASE,
      matchKind: 'document_number',
      value: 'C1234567',
      documentType: 'passport',
      documentCountry: 'VNM',
    },
    { ...BASE, matchKind: 'plate', value: '81C-123.45' },
    { ...BASE, matchKind: 'name', value: 'Nguyễn Văn Đức', dateOfBirth: '1980-01-31' },
    { ...BASE, matchKind: 'name', value: 'Nguyễn Văn Đức', dateOfBirth: '' },
  ];
  const invalid: [Record<string, unknown>, string, string][] = [
    [{ ...BASE, matchKind: 'document_number', value: 'C-12' }, 'value', 'watchlistValueTooShort'],
    [
      { ...BASE, matchKind: 'plate', value: '81C', dateOfBirth: '1980-01-31' },
      'dateOfBirth',
      'watchlistFieldNotForKind',
    ],
    [
      { ...BASE, matchKind: 'name', value: 'Lê Văn A', documentType: 'passport' },
      'documentType',
      'watchlistFieldNotForKind',
    ],
    [{ ...BASE, matchKind: 'colour', value: 'red' }, 'matchKind', 'invalidOption'],
    [
      { ...BASE, matchKind: 'plate', value: '81C-123.45', expiresOn: '2027-02-30' },
      'expiresOn',
      'invalidDate',
    ],
    [{ ...BASE, matchKind: 'plate', value: '81C-123.45', reason: ' ' }, 'reason', 'required'],
  ];

  for (const input of valid) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(WatchlistEntryInput.safeParse(input).success).toBeTrue();
    });
  }

  for (const [input, path, message] of invalid) {
    it(`rejects ${path} of ${JSON.stringify(input)}`, () => {
      const parsed = WatchlistEntryInput.safeParse(input);

      expect(parsed.success).toBeFalse();
      expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContain([
        path,
        message,
      ]);
    });
  }

  it('turns a line break inside the value into a space', () => {
    expect(WatchlistEntryInput.parse({ ...BASE, matchKind: 'name', value: 'Nguyễn\r\nVăn Đức' }).value).toBe(
      'Nguyễn Văn Đức',
    );
  });
});

describe('BulkApprovalRequest', () => {
  const id = '11111111-1111-4111-8111-111111111111';

  it('rejects a record listed twice', () => {
    const parsed = BulkApprovalRequest.safeParse({
      items: [
        { id, version: 1 },
        { id, version: 2 },
      ],
    });

    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['items.1.id', 'duplicateItems'],
    ]);
  });

  it('rejects more than 100 records', () => {
    const items = Array.from({ length: 101 }, (_, index) => ({
      id: `11111111-1111-4111-8111-${String(index).padStart(12, '0')}`,
      version: 1,
    }));

    expect(BulkApprovalRequest.safeParse({ items }).success).toBeFalse();
  });
});
