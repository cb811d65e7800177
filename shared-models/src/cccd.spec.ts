import { citizenIdIssues, parseCitizenIdNumber, type CitizenIdHolder, type CitizenIdIssueKey } from './cccd';

const TODAY = '2026-12-04';

describe('parseCitizenIdNumber', () => {
  it('reads province, sex and year of birth', () => {
    expect(parseCitizenIdNumber('064088001234')).toEqual({
      provinceCode: '064',
      sex: 'male',
      birthYear: 1988,
    });
    expect(parseCitizenIdNumber('079305004321')).toEqual({
      provinceCode: '079',
      sex: 'female',
      birthYear: 2005,
    });
  });

  it('ignores white space', () => {
    expect(parseCitizenIdNumber(' 064 088 001 234 ')?.birthYear).toBe(1988);
  });

  for (const value of ['06408800123', '0640880012345', '06408800123A', '']) {
    it(`rejects "${value}" as not 12 digits`, () => {
      expect(parseCitizenIdNumber(value)).toBeNull();
    });
  }
});

describe('citizenIdIssues', () => {
  const cases: [string, string, CitizenIdHolder, CitizenIdIssueKey[]][] = [
    ['a man born in 1988', '064088001234', { dateOfBirth: '1988-05-17', sex: 'male' }, []],
    ['a woman born in 2005', '079305004321', { dateOfBirth: '2005-01-31', sex: 'female' }, []],
    ['a number without typed data', '064088001234', {}, []],
    ['11 digits', '06408800123', { sex: 'male' }, ['cccdFormat']],
    ['an unknown province code', '003088001234', {}, ['cccdUnknownProvince']],
    ['a sex digit that says female for a man', '064188001234', { sex: 'male' }, ['cccdSexMismatch']],
    [
      'a sex digit that says male for a woman',
      '064288001234',
      { sex: 'female' },
      ['cccdInvalidCentury', 'cccdSexMismatch'],
    ],
    [
      'a century digit of the 1900s for a birth in 2005',
      '064005001234',
      { dateOfBirth: '2005-03-01' },
      ['cccdBirthYearMismatch'],
    ],
    [
      'a century digit of the 2000s for a birth in 1905',
      '064205001234',
      { dateOfBirth: '1905-03-01' },
      ['cccdBirthYearMismatch'],
    ],
    [
      'year digits for 1989 with a birth in 1988',
      '064089001234',
      { dateOfBirth: '1988-05-17' },
      ['cccdBirthYearMismatch'],
    ],
    ['a century digit of the 2100s', '064405001234', {}, ['cccdInvalidCentury']],
    [
      'sex and century both contradicting',
      '064305001234',
      { dateOfBirth: '1905-03-01', sex: 'male' },
      ['cccdBirthYearMismatch', 'cccdSexMismatch'],
    ],
  ];
  for (const [description, value, holder, expected] of cases) {
    it(`returns ${expected.join(', ') || 'no issue'} for ${description}`, () => {
      expect(citizenIdIssues(value, holder, TODAY)).toEqual(expected);
    });
  }
});
