import { dateOnlyToTyped, typedDateToDateOnly } from './typed-date';

describe('typed dates', () => {
  it('read dd/MM/yyyy as YYYY-MM-DD', () => {
    expect(typedDateToDateOnly('17/05/1990')).toBe('1990-05-17');
  });

  it('pad single digits and accept dots or dashes', () => {
    expect(typedDateToDateOnly(' 7.5.1990 ')).toBe('1990-05-07');
    expect(typedDateToDateOnly('07-05-1990')).toBe('1990-05-07');
  });

  it('treat blank text as absent', () => {
    expect(typedDateToDateOnly('   ')).toBeUndefined();
  });

  it('pass other text on for the schema to reject', () => {
    expect(typedDateToDateOnly('May 1990')).toBe('May 1990');
  });

  it('write YYYY-MM-DD back as dd/MM/yyyy', () => {
    expect(dateOnlyToTyped('2031-01-01')).toBe('01/01/2031');
    expect(dateOnlyToTyped(undefined)).toBe('');
  });
});
