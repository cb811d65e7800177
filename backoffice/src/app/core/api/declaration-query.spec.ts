import {
  parseDeclarationQuery,
  parsePageSize,
  parsePositiveInteger,
  queryParameters,
} from './declaration-query';

describe('declaration query parameters', () => {
  it('open the new queue without parameters', () => {
    expect(parseDeclarationQuery({})).toEqual(
      jasmine.objectContaining({ queue: 'new', page: 1, pageSize: 20, status: undefined }),
    );
  });

  it('list all queues for a status filter', () => {
    expect(parseDeclarationQuery({ status: 'rejected' })).toEqual(
      jasmine.objectContaining({ queue: 'all', status: 'rejected' }),
    );
  });

  it('drop drafts, unknown queues and malformed filters', () => {
    const query = parseDeclarationQuery({
      queue: 'later',
      status: 'draft',
      gate: 'L%',
      direction: 'north',
      declarationKind: 'ship',
      plannedFrom: '01/12/2026',
      nationality: 'VN',
      sort: 'age',
      order: 'up',
    });

    expect(query).toEqual({
      queue: 'new',
      page: 1,
      pageSize: 20,
      sort: undefined,
      order: undefined,
      declarationKind: undefined,
      gate: undefined,
      direction: undefined,
      plannedFrom: undefined,
      plannedTo: undefined,
      nationality: undefined,
      status: undefined,
    });
  });

  it('keep valid filters in upper case', () => {
    const query = parseDeclarationQuery({
      queue: 'approved',
      gate: 'lt',
      nationality: 'khm',
      plannedFrom: '2026-12-01',
      declarationKind: 'cargo',
    });

    expect(query).toEqual(
      jasmine.objectContaining({
        queue: 'approved',
        declarationKind: 'cargo',
        gate: 'LT',
        nationality: 'KHM',
        plannedFrom: '2026-12-01',
      }),
    );
  });

  it('write only the parameters that are set', () => {
    expect(queryParameters({ queue: 'new', page: 2, gate: undefined, nationality: '' })).toEqual({
      queue: 'new',
      page: 2,
    });
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
