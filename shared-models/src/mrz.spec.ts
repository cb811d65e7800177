import { mrzCheckDigit } from './mrz-check-digit';
import { parseMrz, type MrzField, type MrzIssue } from './mrz';

const TODAY = '2026-12-04';

// The specimen passport and ID card of ICAO 9303 (parts 4 and 5), issued by the fictional state Utopia.
const SPECIMEN_TD3 = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
];
const SPECIMEN_TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];

/** Replaces the character at a position of one line. */
function withCharacter(lines: string[], line: number, position: number, character: string): string {
  const changed = [...lines];
  changed[line] = changed[line].slice(0, position) + character + changed[line].slice(position + 1);
  return changed.join('\n');
}

/** Replaces a digit with another one, so that the check digit no longer matches. */
function otherDigit(digit: string): string {
  return String((Number(digit) + 1) % 10);
}

interface PassportFields {
  names?: string;
  documentNumber?: string;
  nationality?: string;
  birth?: string;
  sex?: string;
  expiry?: string;
}

/** Builds a TD3 MRZ with correct check digits around the given fields. */
function passport(fields: PassportFields = {}): string {
  const names = (fields.names ?? 'NGUYEN<<VAN<DUC').padEnd(39, '<').slice(0, 39);
  const number = (fields.documentNumber ?? 'C1234567').padEnd(9, '<');
  const birth = fields.birth ?? '880517';
  const expiry = fields.expiry ?? '310101';
  const optional = '<'.repeat(14);

  const first = `P<VNM${names}`;
  const body = `${number}${mrzCheckDigit(number)}${fields.nationality ?? 'VNM'}${birth}${mrzCheckDigit(birth)}`;
  const rest = `${fields.sex ?? 'M'}${expiry}${mrzCheckDigit(expiry)}${optional}<`;
  const composite = mrzCheckDigit(body.slice(0, 10) + body.slice(13) + rest.slice(1));
  return `${first}\n${body}${rest}${composite}`;
}

function issueFields(text: string, demoMode = true): MrzField[] {
  return parseMrz(text, { today: TODAY, demoMode }).issues.map((issue) => issue.field);
}

describe('parseMrz', () => {
  it('reads the ICAO specimen passport in demo mode', () => {
    const result = parseMrz(SPECIMEN_TD3.join('\n'), { today: TODAY, demoMode: true });

    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({
      format: 'TD3',
      documentCode: 'P',
      documentType: 'passport',
      issuingState: 'UTO',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      namesTruncated: false,
      documentNumber: 'L898902C3',
      nationality: 'UTO',
      dateOfBirth: '1974-08-12',
      documentExpiryDate: '2012-04-15',
      sex: 'female',
      optionalData: 'ZE184226B',
    });
  });

  it('reads the ICAO specimen ID card in demo mode', () => {
    const result = parseMrz(SPECIMEN_TD1.join('\n'), { today: TODAY, demoMode: true });

    expect(result.issues).toEqual([]);
    expect(result.data?.format).toBe('TD1');
    expect(result.data?.documentCode).toBe('I');
    expect(result.data?.documentType).toBeUndefined();
    expect(result.data?.documentNumber).toBe('D23145890');
    expect(result.data?.surname).toBe('ERIKSSON');
    expect(result.data?.givenNames).toBe('ANNA MARIA');
    expect(result.data?.dateOfBirth).toBe('1974-08-12');
  });

  it('rejects the specimen state outside demo mode', () => {
    const result = parseMrz(SPECIMEN_TD3.join('\n'), { today: TODAY });

    expect(result.issues).toEqual([
      { field: 'issuingState', key: 'mrzSpecimen' },
      { field: 'nationality', key: 'mrzSpecimen' },
    ]);
    expect(result.data?.nationality).toBeUndefined();
  });

  const pastedForms: [string, string][] = [
    ['CR LF line breaks', SPECIMEN_TD3.join('\r\n')],
    ['surrounding spaces and blank lines', `\n  ${SPECIMEN_TD3[0]}  \n\n\t${SPECIMEN_TD3[1]} \n`],
    ['lower case', SPECIMEN_TD3.join('\n').toLowerCase()],
    ['no line break, as a desk reader may type it', SPECIMEN_TD3.join('')],
  ];
  for (const [description, text] of pastedForms) {
    it(`tolerates ${description}`, () => {
      const result = parseMrz(text, { today: TODAY, demoMode: true });

      expect(result.issues).toEqual([]);
      expect(result.data?.documentNumber).toBe('L898902C3');
    });
  }

  // The composite digit covers the other check digits, so changing one of them breaks it too.
  const passportCheckDigits: [MrzField, number, MrzField[]][] = [
    ['documentNumber', 9, ['documentNumber', 'compositeCheckDigit']],
    ['dateOfBirth', 19, ['dateOfBirth', 'compositeCheckDigit']],
    ['documentExpiryDate', 27, ['documentExpiryDate', 'compositeCheckDigit']],
    ['optionalData', 42, ['optionalData', 'compositeCheckDigit']],
    ['compositeCheckDigit', 43, ['compositeCheckDigit']],
  ];
  for (const [field, position, expected] of passportCheckDigits) {
    it(`reports a wrong passport check digit of ${field}`, () => {
      const text = withCharacter(SPECIMEN_TD3, 1, position, otherDigit(SPECIMEN_TD3[1][position]));

      expect(issueFields(text)).toEqual(expected);
    });
  }

  const cardCheckDigits: [MrzField, number, number, MrzField[]][] = [
    ['documentNumber', 0, 14, ['documentNumber', 'compositeCheckDigit']],
    ['dateOfBirth', 1, 6, ['dateOfBirth', 'compositeCheckDigit']],
    ['documentExpiryDate', 1, 14, ['documentExpiryDate', 'compositeCheckDigit']],
    ['compositeCheckDigit', 1, 29, ['compositeCheckDigit']],
  ];
  for (const [field, line, position, expected] of cardCheckDigits) {
    it(`reports a wrong ID card check digit of ${field}`, () => {
      const text = withCharacter(SPECIMEN_TD1, line, position, otherDigit(SPECIMEN_TD1[line][position]));

      expect(issueFields(text)).toEqual(expected);
    });
  }

  it('reports a mistyped document number by field', () => {
    const text = withCharacter(SPECIMEN_TD3, 1, 2, '8');

    expect(issueFields(text)).toEqual(['documentNumber', 'compositeCheckDigit']);
  });

  it('reads a long ID card document number from the optional data', () => {
    const number = 'D231458907AB';
    const head = number.slice(0, 9);
    const extension = `${number.slice(9)}${mrzCheckDigit(number)}`.padEnd(15, '<');
    const first = `I<VNM${head}<${extension}`;
    const second = `880517${mrzCheckDigit('880517')}M310101${mrzCheckDigit('310101')}VNM${'<'.repeat(11)}`;
    const composite = mrzCheckDigit(
      first.slice(5) + second.slice(0, 7) + second.slice(8, 15) + second.slice(18),
    );
    const text = [first, `${second}${composite}`, 'NGUYEN<<VAN<DUC<<<<<<<<<<<<<<<'].join('\n');

    const result = parseMrz(text, { today: TODAY });

    expect(result.issues).toEqual([]);
    expect(result.data?.documentNumber).toBe(number);
  });

  const malformed: [string, string, MrzIssue['key']][] = [
    ['a line too short', passport().slice(0, -1), 'mrzFormat'],
    ['one line only', SPECIMEN_TD3[0], 'mrzFormat'],
    ['a visa (document code V)', `V${passport().slice(1)}`, 'mrzFormat'],
    ['an ID card of 3 lines with a passport code', ['P', ...SPECIMEN_TD1.slice(1)].join('\n'), 'mrzFormat'],
    ['a character outside A–Z, 0–9 and <', passport().replace('NGUYEN', 'NGUYỄN'), 'mrzCharacters'],
    ['a space inside a line', passport().replace('VAN<DUC', 'VAN DUC'), 'mrzCharacters'],
  ];
  for (const [description, text, key] of malformed) {
    it(`rejects ${description}`, () => {
      const result = parseMrz(text, { today: TODAY });

      expect(result.data).toBeNull();
      expect(result.issues).toEqual([{ field: 'mrz', key }]);
    });
  }

  const birthYears: [string, string][] = [
    ['880517', '1988-05-17'],
    ['260101', '2026-01-01'],
    ['261231', '1926-12-31'],
    ['000229', '2000-02-29'],
  ];
  for (const [printed, expected] of birthYears) {
    it(`resolves birth date ${printed} to the most recent past year`, () => {
      expect(parseMrz(passport({ birth: printed }), { today: TODAY }).data?.dateOfBirth).toBe(expected);
    });
  }

  const expiryYears: [string, string][] = [
    ['310101', '2031-01-01'],
    ['760101', '2076-01-01'],
    ['120415', '2012-04-15'],
    ['990101', '1999-01-01'],
  ];
  for (const [printed, expected] of expiryYears) {
    it(`resolves expiry ${printed} to ${expected}`, () => {
      expect(parseMrz(passport({ expiry: printed }), { today: TODAY }).data?.documentExpiryDate).toBe(
        expected,
      );
    });
  }

  it('reports an impossible date with matching check digits', () => {
    const result = parseMrz(passport({ birth: '881317' }), { today: TODAY });

    expect(result.issues).toEqual([{ field: 'dateOfBirth', key: 'mrzInvalidDate' }]);
    expect(result.data?.dateOfBirth).toBeUndefined();
  });

  it('maps the ICAO code D to Germany', () => {
    expect(parseMrz(passport({ nationality: 'D<<' }), { today: TODAY }).data?.nationality).toBe('DEU');
  });

  it('reports a nationality that is not a listed country', () => {
    const result = parseMrz(passport({ nationality: 'XXA' }), { today: TODAY });

    expect(result.issues).toEqual([{ field: 'nationality', key: 'mrzUnknownCountry' }]);
    expect(result.data?.nationality).toBeUndefined();
  });

  it('leaves an unspecified sex blank', () => {
    const result = parseMrz(passport({ sex: 'X' }), { today: TODAY });

    expect(result.issues).toEqual([]);
    expect(result.data?.sex).toBeUndefined();
  });

  it('reports an invalid sex character', () => {
    expect(issueFields(passport({ sex: 'Q' }))).toEqual(['sex']);
  });

  it('marks a full name field as possibly truncated', () => {
    const long = 'TON<NU<<HOANG<THI<THANH<PHUONG<THAO<NGUYEN<KHANH';

    const result = parseMrz(passport({ names: long }), { today: TODAY });

    expect(result.data?.surname).toBe('TON NU');
    expect(result.data?.givenNames).toBe('HOANG THI THANH PHUONG THAO NGU');
    expect(result.data?.namesTruncated).toBeTrue();
  });
});

describe('mrzCheckDigit', () => {
  it('computes the ICAO example digits', () => {
    expect(mrzCheckDigit('L898902C3')).toBe(6);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(mrzCheckDigit('120415')).toBe(9);
    expect(mrzCheckDigit('ZE184226B<<<<<')).toBe(1);
  });
});
