import { GoodsLine, GoodsLineDraft, checkQuantityDecimals } from './goods-line';

/** Dried cassava chips from Cambodia, as typed in the form. */
const CASSAVA = {
  hsCode: '0714.10.11',
  description: 'Sắn lát khô',
  quantity: '28400',
  unitCode: 'KG',
  netWeightKg: '28400',
  grossWeightKg: '28650.5',
  value: '5680.00',
  currency: 'usd',
  originCountry: 'khm',
};

function issuesOf(input: unknown): string[] {
  const result = GoodsLine.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('GoodsLine', () => {
  it('normalizes a valid line', () => {
    expect(GoodsLine.parse(CASSAVA)).toEqual({
      hsCode: '07141011',
      description: 'Sắn lát khô',
      quantity: '28400',
      unitCode: 'kg',
      netWeightKg: '28400',
      grossWeightKg: '28650.5',
      value: '5680',
      currency: 'USD',
      originCountry: 'KHM',
    });
  });

  it('refuses a gross weight below the net weight', () => {
    expect(issuesOf({ ...CASSAVA, grossWeightKg: '28399.999' })).toEqual(['grossWeightKg:grossBelowNet']);
  });

  it('accepts a gross weight equal to the net weight', () => {
    expect(issuesOf({ ...CASSAVA, grossWeightKg: '28400.000' })).toEqual([]);
  });

  it('refuses a zero quantity and a negative quantity', () => {
    expect(issuesOf({ ...CASSAVA, quantity: '0' })).toEqual(['quantity:mustBePositive']);
    expect(issuesOf({ ...CASSAVA, quantity: '-3' })).toEqual(['quantity:mustBePositive']);
  });

  it('refuses weights with more than 3 decimals', () => {
    expect(issuesOf({ ...CASSAVA, netWeightKg: '28400.0001' })).toEqual(['netWeightKg:tooManyDecimals']);
  });

  it('refuses an unknown currency', () => {
    expect(issuesOf({ ...CASSAVA, currency: 'XYZ' })).toEqual(['currency:invalidCurrency']);
  });

  it('lets a draft line leave fields blank but still compares weights', () => {
    expect(GoodsLineDraft.safeParse({ hsCode: '', quantity: null }).success).toBeTrue();
    expect(GoodsLineDraft.safeParse({ netWeightKg: '10', grossWeightKg: '9' }).error?.issues[0].message).toBe(
      'grossBelowNet',
    );
  });
});

describe('checkQuantityDecimals', () => {
  it('refuses more decimals than the unit allows', () => {
    expect(checkQuantityDecimals('12.5', 0)).toEqual({
      code: 'tooManyDecimalsForUnit',
      params: { decimals: '0' },
    });
  });

  it('accepts a whole number of pieces and kilograms to the gram', () => {
    expect(checkQuantityDecimals('12', 0)).toBeNull();
    expect(checkQuantityDecimals('12.345', 3)).toBeNull();
  });
});
