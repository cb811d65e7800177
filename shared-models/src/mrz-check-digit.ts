const WEIGHTS = [7, 3, 1] as const;

/** Returns the value of an MRZ character in a check digit sum: `<` is 0, a digit its own value, and A–Z are 10–35. */
function characterValue(character: string): number {
  if (character === '<') {
    return 0;
  }
  if (character >= '0' && character <= '9') {
    return character.charCodeAt(0) - 48;
  }
  if (character >= 'A' && character <= 'Z') {
    return character.charCodeAt(0) - 55;
  }
  throw new RangeError(`"${character}" is not an MRZ character (A–Z, 0–9 or <)`);
}

/** Computes the ICAO 9303 check digit of MRZ characters: weights 7, 3, 1 repeating, sum modulo 10. */
export function mrzCheckDigit(characters: string): number {
  let sum = 0;
  for (let index = 0; index < characters.length; index++) {
    sum += characterValue(characters[index]) * WEIGHTS[index % 3];
  }
  return sum % 10;
}

/**
 * Checks a field against the check digit printed after it. A field left empty (only `<`)
 * may carry `<` as its check digit, which ICAO 9303 allows for optional data.
 */
export function hasValidCheckDigit(characters: string, checkCharacter: string): boolean {
  if (checkCharacter === '<') {
    return /^<*$/.test(characters);
  }
  return /^\d$/.test(checkCharacter) && mrzCheckDigit(characters) === Number(checkCharacter);
}
