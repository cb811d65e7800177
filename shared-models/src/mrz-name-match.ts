import { foldText } from './text';

// The shortest MRZ name field (TD1) has 30 characters, so a shorter name was not cut short.
const SHORTEST_NAME_FIELD = 30;

// ICAO 9303 transliterates a few letters that have no decomposition into base letter and mark.
const LETTER_SPELLINGS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  œ: 'oe',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

// Germany and the Nordic states may also spell umlauts and å out in the MRZ (MÜLLER as MUELLER).
const SPELLED_OUT_VOWELS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa' };

/** Splits folded text into name words: apostrophes are dropped, and any other non-letter separates words. */
function nameWords(folded: string): string[] {
  return folded
    .replace(/['’ʼ]/g, '')
    .split(/[^a-z]+/)
    .filter((word) => word !== '');
}

/** Spells a typed name the ways an MRZ may print it, as lists of lower-case words. */
function mrzSpellings(fullName: string): string[][] {
  const lower = fullName.normalize('NFC').toLowerCase();
  const withLetters = lower.replace(/[ßæøœþłı]/g, (letter) => LETTER_SPELLINGS[letter]);
  const withVowels = withLetters.replace(/[äöüå]/g, (vowel) => SPELLED_OUT_VOWELS[vowel]);

  return [nameWords(foldText(withLetters)), nameWords(foldText(withVowels))];
}

function sameWords(mrz: string[], typed: string[]): boolean {
  return mrz.length === typed.length && mrz.every((word, index) => word === typed[index]);
}

/** Checks that each MRZ word begins a typed word, in order. Typed words may be left over, because a truncated MRZ drops them. */
function beginsWords(mrz: string[], typed: string[]): boolean {
  let next = 0;
  for (const word of mrz) {
    while (next < typed.length && !typed[next].startsWith(word)) {
      next++;
    }
    if (next === typed.length) {
      return false;
    }
    next++;
  }
  return true;
}

/**
 * Checks whether a full name as typed (with diacritics, any case, surname first or last) is the
 * name in an MRZ. Both are folded: diacritics removed, Đ read as D, case ignored. When the MRZ
 * name may be truncated, each MRZ word only has to begin a typed word, in order.
 * `truncated` defaults to true for MRZ names as long as the shortest MRZ name field.
 */
export function mrzNameMatches(
  fullName: string,
  mrzSurname: string,
  mrzGivenNames: string,
  options: { truncated?: boolean } = {},
): boolean {
  const surname = nameWords(foldText(mrzSurname));
  const givenNames = nameWords(foldText(mrzGivenNames));
  if (surname.length + givenNames.length === 0) {
    return false;
  }

  const fieldLength = [surname.join('<'), givenNames.join('<')].join('<<').length;
  const truncated = options.truncated ?? fieldLength >= SHORTEST_NAME_FIELD;
  const orders = [
    [...surname, ...givenNames],
    [...givenNames, ...surname],
  ];

  return mrzSpellings(fullName).some((typed) =>
    orders.some((mrz) => (truncated ? beginsWords(mrz, typed) : sameWords(mrz, typed))),
  );
}
