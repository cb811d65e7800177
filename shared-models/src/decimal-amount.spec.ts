import { decimalAmount, sumDecimals } from './decimal-amount';

describe('decimalAmount', () => {
  const weight = decimalAmount({ decimals: 3, integerDigits: 11, minimum: 'positive' });
  const value = decimalAmount({ decimals: 2, integerDigits: 16, minimum: 'nonNegative' });

  function issueOf(schema: typeof weight, input: unknown): { message: string; params?: unknown } | undefined {
    const result = schema.safeParse(input);
    const issue = result.success ? undefined : result.error.issues[0];
    return issue && { message: issue.message, params: 'params' in issue ? issue.params : undefined };
  }

  const canonical: [unknown, string][] = [
    ['1250.5', '1250.5'],
    [' 1250.500 ', '1250.5'],
    ['007.100', '7.1'],
    [0.1, '0.1'],
    [28400, '28400'],
    ['0.001', '0.001'],
  ];
  for (const [input, expected] of canonical) {
    it(`reads ${JSON.stringify(input)} as '${expected}'`, () => {
      expect(weight.parse(input)).toBe(expected);
    });
  }

  const refused: [string, unknown, string][] = [
    ['an exponent', '1e3', 'invalidDecimal'],
    ['a decimal comma', '1,5', 'invalidDecimal'],
    ['NaN', Number.NaN, 'invalidDecimal'],
    ['a number too small for plain notation', 1e-7, 'invalidDecimal'],
    ['thousands separators', '28 400', 'invalidDecimal'],
    ['an empty string', '', 'required'],
    ['a weight with more than 3 decimals', '12.3456', 'tooManyDecimals'],
    ['zero for a weight', '0', 'mustBePositive'],
    ['a negative weight', '-5', 'mustBePositive'],
    ['more integer digits than the column holds', '100000000000', 'decimalTooLarge'],
  ];
  for (const [name, input, key] of refused) {
    it(`refuses ${name}`, () => {
      expect(issueOf(weight, input)?.message).toBe(key);
    });
  }

  it('names the allowed decimals for a weight with too many', () => {
    expect(issueOf(weight, '1.0001')?.params).toEqual({ decimals: '3' });
  });

  it('accepts trailing zeros past the allowed decimals', () => {
    expect(weight.parse('1.50000')).toBe('1.5');
  });

  it('allows a zero value but not a negative one', () => {
    expect(value.parse('0.00')).toBe('0');
    expect(issueOf(value, '-0.01')?.message).toBe('mustNotBeNegative');
  });
});

describe('sumDecimals', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
  });
});
