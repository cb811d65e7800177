import { foldText, normalizeText, requiredText, requiredVisibleText } from './text';

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

  it('treats invisible-only visible text as required', () => {
    for (const invisible of ['\u200b', '\u200b \u200b', '\u202e', '\u0301', '\u2066\u2069']) {
      const result = requiredVisibleText(10).safeParse(invisible);

      expect(result.error?.issues[0].message).withContext(JSON.stringify(invisible)).toBe('required');
    }
  });

  it('drops bidi controls, keeps Khmer breaks', () => {
    expect(requiredVisibleText(40).parse(' Công ty \u202eABC\u202c ')).toBe('Công ty ABC');
    expect(requiredVisibleText(40).parse('ក្រុមហ៊ុន\u200bកសិកម្ម')).toBe('ក្រុមហ៊ុន\u200bកសិកម្ម');
  });

  it('rejects text longer than the maximum with the tooLong key', () => {
    const result = requiredText(3).safeParse('abcd');

    expect(result.error?.issues[0].message).toBe('tooLong');
  });
});
