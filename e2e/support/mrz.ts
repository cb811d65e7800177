/**
 * Builds machine-readable zones (ICAO 9303) for test travellers. The check digits are computed
 * here, independently of the product's parser, so a wrong check in the product shows up.
 */

/** A document holder as an MRZ prints them: names in capitals without diacritics, dates as `YYYY-MM-DD`. */
export interface MrzHolder {
  issuingState: string;
  nationality: string;
  surname: string;
  givenNames: string;
  documentNumber: string;
  dateOfBirth: string;
  sex: 'M' | 'F';
  documentExpiryDate: string;
}

const WEIGHTS = [7, 3, 1];

function characterValue(character: string): number {
  if (character === '<') {
    return 0;
  }
  if (/[0-9]/.test(character)) {
    return Number(character);
  }
  return character.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
}

/** Computes the ICAO 9303 check digit: values weighted 7, 3, 1 in turn, summed, modulo 10. */
export function checkDigit(field: string): string {
  const sum = [...field].reduce((total, character, index) => {
    return total + characterValue(character) * WEIGHTS[index % 3];
  }, 0);
  return String(sum % 10);
}

function pad(text: string, length: number): string {
  if (text.length > length) {
    throw new Error(`"${text}" does not fit in an MRZ field of ${length} characters`);
  }
  return text.padEnd(length, '<');
}

/** Turns `1988-05-17` into the MRZ's `880517`. */
function mrzDate(dateOnly: string): string {
  return dateOnly.slice(2, 4) + dateOnly.slice(5, 7) + dateOnly.slice(8, 10);
}

function nameField(holder: MrzHolder, length: number): string {
  const words = (text: string) => text.trim().split(/\s+/).join('<');
  return pad(`${words(holder.surname)}<<${words(holder.givenNames)}`, length);
}

/** Writes the 2 lines of 44 characters of a passport (TD3), with an empty personal number. */
export function td3Mrz(holder: MrzHolder): string {
  const firstLine = pad(`P<${holder.issuingState}`, 5) + nameField(holder, 39);

  const documentNumber = pad(holder.documentNumber, 9);
  const birth = mrzDate(holder.dateOfBirth);
  const expiry = mrzDate(holder.documentExpiryDate);
  const personalNumber = pad('', 14);

  const numberPart = documentNumber + checkDigit(documentNumber);
  const birthPart = birth + checkDigit(birth);
  const expiryPart = expiry + checkDigit(expiry) + personalNumber + checkDigit(personalNumber);
  const composite = checkDigit(numberPart + birthPart + expiryPart);
  const secondLine = numberPart + holder.nationality + birthPart + holder.sex + expiryPart + composite;

  return `${firstLine}\n${secondLine}`;
}

/**
 * Writes the 3 lines of 30 characters of an ID card (TD1). A document number longer than 9
 * characters is split as ICAO 9303 prescribes: its first 9 characters, a `<` where the check
 * digit would be, then the rest and the check digit at the start of the optional data.
 */
export function td1Mrz(holder: MrzHolder): string {
  const number = holder.documentNumber;
  const numberPart =
    number.length <= 9
      ? pad(number, 9) + checkDigit(pad(number, 9)) + pad('', 15)
      : number.slice(0, 9) + '<' + pad(number.slice(9) + checkDigit(number), 15);
  const firstLine = pad(`I<${holder.issuingState}`, 5) + numberPart;

  const birth = mrzDate(holder.dateOfBirth);
  const expiry = mrzDate(holder.documentExpiryDate);
  const optionalData = pad('', 11);
  const secondLineHead =
    birth + checkDigit(birth) + holder.sex + expiry + checkDigit(expiry) + holder.nationality + optionalData;
  const composite = checkDigit(
    firstLine.slice(5) + secondLineHead.slice(0, 7) + secondLineHead.slice(8, 15) + optionalData,
  );

  return `${firstLine}\n${secondLineHead}${composite}\n${nameField(holder, 30)}`;
}
