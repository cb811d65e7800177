import { mrzNameMatches } from './mrz-name-match';

describe('mrzNameMatches', () => {
  const matching: [string, string, string, string][] = [
    ['Vietnamese, surname first', 'Nguyễn Văn Đức', 'NGUYEN', 'VAN DUC'],
    ['decomposed (NFD) input', 'Nguyễn Văn Đức'.normalize('NFD'), 'NGUYEN', 'VAN DUC'],
    ['given names first', 'Anna Maria Eriksson', 'ERIKSSON', 'ANNA MARIA'],
    ['other case and spaces', '  nguyễn   VĂN đức ', 'NGUYEN', 'VAN DUC'],
    ['a single name', 'Sokha', 'SOKHA', ''],
    ['apostrophe dropped and hyphen as a filler', "Seán O'Brien-Walsh", 'OBRIEN WALSH', 'SEAN'],
    ['an umlaut left out', 'Jürgen Müller', 'MULLER', 'JURGEN'],
    ['an umlaut spelled out', 'Jürgen Müller', 'MUELLER', 'JUERGEN'],
    ['ß spelled out', 'Heinz Groß', 'GROSS', 'HEINZ'],
    ['Khmer name in Latin script', 'Chan Sokhom', 'CHAN', 'SOKHOM'],
  ];
  for (const [description, fullName, surname, givenNames] of matching) {
    it(`matches ${description}`, () => {
      expect(mrzNameMatches(fullName, surname, givenNames)).toBeTrue();
    });
  }

  const different: [string, string, string, string][] = [
    ['another given name', 'Nguyễn Văn Đức', 'NGUYEN', 'VAN DUNG'],
    ['a missing given name in a short MRZ name', 'Nguyễn Văn Đức', 'NGUYEN', 'VAN'],
    ['an extra MRZ name', 'Nguyễn Đức', 'NGUYEN', 'VAN DUC'],
    ['a blank typed name', '  ', 'NGUYEN', 'VAN DUC'],
    ['a blank MRZ name', 'Nguyễn Văn Đức', '', ''],
  ];
  for (const [description, fullName, surname, givenNames] of different) {
    it(`rejects ${description}`, () => {
      expect(mrzNameMatches(fullName, surname, givenNames)).toBeFalse();
    });
  }

  it('accepts a name longer than the MRZ allows, cut short', () => {
    const fullName = 'Tôn Nữ Hoàng Thị Thanh Phương Thảo Nguyên Khánh';

    expect(mrzNameMatches(fullName, 'TON NU', 'HOANG THI THANH PHUONG THAO NGU')).toBeTrue();
  });

  it('accepts given names shortened to initials in a truncated MRZ', () => {
    expect(mrzNameMatches('Anna Maria Eriksson', 'ERIKSSON', 'ANNA M', { truncated: true })).toBeTrue();
  });

  it('rejects a prefix when the MRZ was not truncated', () => {
    expect(mrzNameMatches('Anna Maria Eriksson', 'ERIKSSON', 'ANNA M', { truncated: false })).toBeFalse();
  });

  it('rejects a different name even when truncated', () => {
    const fullName = 'Tôn Nữ Hoàng Thị Thanh Phương Thảo Nguyên Khánh';

    expect(mrzNameMatches(fullName, 'TON NU', 'HOANG THI THANH PHUONG TRANG NGU')).toBeFalse();
  });
});
