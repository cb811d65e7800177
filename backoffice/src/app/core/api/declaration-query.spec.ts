import { parsePageSize, parsePositiveInteger, parseQueueStatus } from './declaration-query';

describe('declaration query parameters', () => {
  it('accept every listable status', () => {
    for (const status of ['submitted', 'approved', 'issued', 'rejected']) {
      expect(parseQueueStatus(status)).toBe(status as ReturnType<typeof parseQueueStatus>);
    }
  });

  it('fall back to the review queue for drafts and unknown statuses', () => {
    expect(parseQueueStatus('draft')).toBe('submitted');
    expect(parseQueueStatus('anything')).toBe('submitted');
    expect(parseQueueStatus(undefined)).toBe('submitted');
  });

  it('read a page number and reject anything but a positive whole number', () => {
    expect(parsePositiveInteger('3', 1)).toBe(3);
    expect(parsePositiveInteger('0', 1)).toBe(1);
    expect(parsePositiveInteger('-2', 1)).toBe(1);
    expect(parsePositiveInteger('1.5', 1)).toBe(1);
    expect(parsePositiveInteger('abc', 1)).toBe(1);
    expect(parsePositiveInteger(undefined, 1)).toBe(1);
  });

  it('accept only the page sizes the paginator offers', () => {
    expect(parsePageSize('50')).toBe(50);
    expect(parsePageSize('1000')).toBe(20);
    expect(parsePageSize(null)).toBe(20);
  });
});
