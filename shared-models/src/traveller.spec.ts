import { DocumentType, PersonName, Sex } from './traveller';

describe('PersonName', () => {
  const accepted = [
    'Nguyễn Trọng Thiện',
    'Rơ Mah Hiếu',
    "O'Brien",
    'Anne-Marie Lefèvre',
    'Nguyễn V. An',
    'SOK SAN',
    'Martin Luther King Jr.',
  ];
  for (const name of accepted) {
    it(`accepts "${name}"`, () => {
      expect(PersonName.safeParse(name).success).toBeTrue();
    });
  }

  const rejected: [string, string][] = [
    ['Khmer script', 'សុខ សាន'],
    ['Han characters', '王小明'],
    ['Hangul', '한'.repeat(34)],
    ['an emoji', 'Hoa 🌸'],
    ['a bell and a newline', 'A\u0007\nB'],
    ['a tab', 'A\tB'],
    ['a right-to-left override', 'Lê\u202EHoa'],
    ['only a zero-width space', '\u200B'],
    ['digits', 'Lê Hoa 2'],
  ];
  for (const [name, value] of rejected) {
    it(`rejects ${name}`, () => {
      const result = PersonName.safeParse(value);

      expect(result.success).toBeFalse();
      expect(result.error?.issues[0].message).toBe('invalidName');
    });
  }

  it('collapses repeated spaces', () => {
    expect(PersonName.parse('Lê   Hoa')).toBe('Lê Hoa');
  });

  it('composes a decomposed name before checking it', () => {
    expect(PersonName.parse('Nguye\u0302\u0303n Tro\u0323ng Thie\u0302\u0323n')).toBe('Nguyễn Trọng Thiện');
  });
});

describe('choices', () => {
  it('reports a missing sex as required', () => {
    expect(Sex.safeParse(undefined).error?.issues[0].message).toBe('required');
  });

  it('reports an unlisted sex as invalidOption', () => {
    expect(Sex.safeParse('x').error?.issues[0].message).toBe('invalidOption');
  });

  it('reports a missing document type as required', () => {
    expect(DocumentType.safeParse(undefined).error?.issues[0].message).toBe('required');
  });
});
