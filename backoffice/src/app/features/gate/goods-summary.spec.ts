import { goodsSummaryText } from './goods-summary';

describe('goodsSummaryText', () => {
  it('names the goods of a single line', () => {
    const text = goodsSummaryText({
      grossWeightTonnes: '28.4',
      firstDescription: 'Sắn lát khô',
      lineCount: 1,
    });

    expect(text).toEqual({
      key: 'gate.plates.goods',
      params: { tonnes: '28.4', description: 'Sắn lát khô' },
    });
  });

  it('counts the lines after the first', () => {
    const text = goodsSummaryText({
      grossWeightTonnes: '30.25',
      firstDescription: 'Phân bón NPK',
      lineCount: 3,
    });

    expect(text).toEqual({
      key: 'gate.plates.goodsMore',
      params: { tonnes: '30.25', description: 'Phân bón NPK', more: 2 },
    });
  });
});
