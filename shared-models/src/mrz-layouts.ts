import type { MrzFormat } from './mrz';

/**
 * The data elements of an MRZ, cut from the lines where its layout puts them. Each `check` is
 * the check digit printed after its field.
 */
export interface MrzElements {
  format: MrzFormat;
  documentCode: string;
  issuingState: string;
  names: string;
  documentNumber: { value: string; check: string };
  nationality: string;
  birth: { value: string; check: string };
  sex: string;
  expiry: { value: string; check: string };
  optional: { value: string; check?: string };
  composite: { value: string; check: string };
}

/** Cuts the data elements of a TD3 MRZ (a passport's 2 lines of 44), or returns null when the lines do not fit. */
export function td3Elements([first, second]: string[]): MrzElements | null {
  if (first.length !== 44 || second.length !== 44 || first[0] !== 'P') {
    return null;
  }

  return {
    format: 'TD3',
    documentCode: first.slice(0, 2),
    issuingState: first.slice(2, 5),
    names: first.slice(5),
    documentNumber: { value: second.slice(0, 9), check: second[9] },
    nationality: second.slice(10, 13),
    birth: { value: second.slice(13, 19), check: second[19] },
    sex: second[20],
    expiry: { value: second.slice(21, 27), check: second[27] },
    optional: { value: second.slice(28, 42), check: second[42] },
    composite: {
      value: second.slice(0, 10) + second.slice(13, 20) + second.slice(21, 43),
      check: second[43],
    },
  };
}

/** Cuts the data elements of a TD1 MRZ (an ID card's 3 lines of 30), or returns null when the lines do not fit. */
export function td1Elements([first, second, third]: string[]): MrzElements | null {
  const isCard = ['I', 'A', 'C'].includes(first[0]);
  if (first.length !== 30 || second.length !== 30 || third.length !== 30 || !isCard) {
    return null;
  }

  return {
    format: 'TD1',
    documentCode: first.slice(0, 2),
    issuingState: first.slice(2, 5),
    names: third,
    documentNumber: td1DocumentNumber(first),
    nationality: second.slice(15, 18),
    birth: { value: second.slice(0, 6), check: second[6] },
    sex: second[7],
    expiry: { value: second.slice(8, 14), check: second[14] },
    optional: { value: first.slice(15) + second.slice(18, 29) },
    composite: {
      value: first.slice(5) + second.slice(0, 7) + second.slice(8, 15) + second.slice(18, 29),
      check: second[29],
    },
  };
}

/**
 * Reads a TD1 document number. A number longer than 9 characters has `<` where its check
 * digit would be, and continues in the optional data, followed by its check digit.
 */
function td1DocumentNumber(first: string): { value: string; check: string } {
  const head = first.slice(5, 14);
  if (first[14] !== '<' || head.endsWith('<')) {
    return { value: head, check: first[14] };
  }

  const extension = first.slice(15).split('<')[0];
  return { value: head + extension.slice(0, -1), check: extension.slice(-1) || '<' };
}
