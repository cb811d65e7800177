import { goodsTotals } from './goods-totals';

describe('goodsTotals', () => {
  it('adds 0.1 kg and 0.2 kg to exactly 0.3 kg', () => {
    const totals = goodsTotals([
      { netWeightKg: '0.1', grossWeightKg: '0.1' },
      { netWeightKg: '0.2', grossWeightKg: '0.2' },
    ]);

    expect(totals.netWeightKg).toBe('0.3');
    expect(totals.grossWeightKg).toBe('0.3');
    expect(totals.netWeightTonnes).toBe('0.0003');
  });

  it('gives tonnes without trailing zeros', () => {
    const totals = goodsTotals([{ netWeightKg: '28400', grossWeightKg: '28650.5' }]);

    expect(totals.netWeightTonnes).toBe('28.4');
    expect(totals.grossWeightTonnes).toBe('28.6505');
  });

  it('totals values per currency without mixing them', () => {
    const totals = goodsTotals([
      { value: '100.10', currency: 'USD' },
      { value: '2500000', currency: 'VND' },
      { value: '0.2', currency: 'USD' },
    ]);

    expect(totals.values).toEqual([
      { currency: 'USD', amount: '100.3' },
      { currency: 'VND', amount: '2500000' },
    ]);
  });

  it('counts the blank fields of a draft as nothing', () => {
    expect(goodsTotals([{ netWeightKg: null, value: '5' }, {}])).toEqual({
      netWeightKg: '0',
      grossWeightKg: '0',
      netWeightTonnes: '0',
      grossWeightTonnes: '0',
      values: [],
    });
  });
});
