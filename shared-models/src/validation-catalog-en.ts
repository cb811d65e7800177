/** English validation messages by key, where `{field}` is replaced with the field's label. */
export const EN_MESSAGES = {
  required: '{field} is missing. Please fill it in.',
  tooLong: '{field} is too long. Please shorten it.',
  tooBig: '{field} is too large.',
  invalidType: '{field} has an invalid value.',
  invalidOption: '{field}: please choose one of the listed values.',
  invalidDate: '{field} is not a valid date. Please enter it as dd/MM/yyyy.',
  dateInPast: '{field} is in the past. Please choose today or a later day.',
  dateInFuture: '{field} cannot be in the future.',
  outsideSubmissionWindow:
    '{field} is too far ahead: a declaration for this date can be submitted only from {from} to {until}. Please submit it then, or choose an earlier date.',
  documentExpiresBeforeCrossing:
    '{field}: the document expires before the planned crossing date. Please use a valid document.',
  invalidCountry: '{field} is not a valid country code. Please choose one from the list.',
  invalidDocumentNumber: '{field} must be 5 to 20 Latin letters and digits, without spaces.',
  invalidName:
    '{field} may contain only Latin letters (Vietnamese accents allowed), spaces, hyphens, apostrophes and dots, as written in the travel document.',
  noTravellers: '{field}: at least one person (the lead traveller) is required.',
  tooManyTravellers: '{field}: at most 10 people (the lead traveller and 9 companions).',
  invalidEmail: '{field} is not a valid e-mail address.',
  passwordTooShort: '{field} must have at least 10 characters.',
  invalidVersion: '{field} is invalid. Please reload the page.',
  invalidNumber: '{field} must be a positive whole number.',
  unknownGate: '{field} is not a known border gate. Please choose one from the list.',
  unknownPurpose: '{field} is not a listed purpose. Please choose one from the list.',
  unknownField: '{field} is not a supported field.',
  invalid: '{field} has an invalid value.',
  mrzFormat:
    '{field}: this is not a machine-readable zone. Paste the 2 lines of 44 characters of a passport or the 3 lines of 30 characters of an ID card.',
  mrzCharacters: '{field} may contain only the letters A–Z, digits and the < sign. Check what was pasted.',
  mrzCheckDigit:
    '{field}: the check digit in the machine-readable zone does not match. Check this part of the MRZ for typing errors.',
  mrzInvalidDate:
    '{field}: the machine-readable zone holds no valid date here. Please type the date yourself.',
  mrzUnknownCountry:
    '{field}: the code in the machine-readable zone is not a listed country. Please choose the country yourself.',
  mrzSpecimen:
    '{field}: the code UTO belongs to ICAO specimen documents and is accepted only on a demonstration server.',
  mrzInvalidSex: '{field}: the machine-readable zone must show M, F, X or < here.',
  mrzMismatch: '{field} does not match the machine-readable zone. Please check the field and the MRZ.',
  cccdFormat: '{field}: a Vietnamese citizen ID number has exactly 12 digits.',
  cccdUnknownProvince:
    '{field}: the first 3 digits are not a Vietnamese province code. Please check the number.',
  cccdInvalidCentury: '{field}: digit 4 gives a year of birth in the future. Please check the number.',
  cccdBirthYearMismatch:
    '{field}: digits 4 to 6 (century and year of birth) do not match the date of birth. Please check the number and the date of birth.',
  cccdSexMismatch:
    '{field}: digit 4 (sex) does not match the sex entered. Please check the number and the sex.',
} as const;

/** A validation message key, such as `required` or `mrzCheckDigit`. */
export type ValidationMessageKey = keyof typeof EN_MESSAGES;

/** English field labels by the field's name in the schemas, where `{n}` is a companion's number. */
export const EN_FIELD_LABELS = {
  fullName: 'Full name',
  sex: 'Sex',
  dateOfBirth: 'Date of birth',
  nationality: 'Nationality',
  documentType: 'Document type',
  documentNumber: 'Document number',
  documentExpiryDate: 'Document expiry date',
  gateCode: 'Border gate',
  direction: 'Direction',
  plannedCrossingDate: 'Planned crossing date',
  purposeCode: 'Purpose',
  travellers: 'Travellers',
  email: 'E-mail',
  password: 'Password',
  username: 'Username',
  reason: 'Reason',
  version: 'Version',
  page: 'Page',
  pageSize: 'Page size',
  preferredLanguage: 'Language',
  leadTraveller: 'Lead traveller',
  companion: 'Companion {n}',
  mrz: 'Machine-readable zone (MRZ)',
  issuingState: 'Issuing state',
  optionalData: 'MRZ optional data',
  compositeCheckDigit: 'MRZ composite check digit',
} as const;

/** A field named in validation messages. */
export type FieldLabelKey = keyof typeof EN_FIELD_LABELS;
