import { foldText, normalizeText, requiredText } from './text';

describe('text normalization', () => {
  it('composes decomposed Vietnamese to NFC and trims', () => {
    const decomposed = '  Nguye\u0302\u0303n Tro\u0323ng Thie\u0302\u0323n  ';

    const normalized = normalizeText(decomposed);

    expect(normalized).toBe('Nguyễn Trọng Thiện');
    expect(normalized.length).toBe('Nguyễn Trọng Thiện'.normalize('NFC').length);
  });

  it('folds diacritics, đ and case for search', () => {
    expect(foldText('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldText('  ĐẶNG   thị  HÀ ')).toBe('dang thi ha');
  });

  it('rejects a blank required text with the required key', () => {
    const result = requiredText(10).safeParse('   ');

    expect(result.success).toBeFalse();
    expect(result.error?.issues[0].message).toBe('required');
  });

  it('rejects text longer than the maximum with the tooLong key', () => {
    const result = requiredText(3).safeParse('abcd');

    expect(result.error?.issues[0].message).toBe('tooLong');
  });
});
