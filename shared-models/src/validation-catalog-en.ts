/** English validation messages by key, where `{field}` is replaced with the field's label. */
export const EN_MESSAGES = {
  invalidReferenceCode:
    '{field} is not a valid reference code. It looks like LT-7K3Q-9C2M: the gate code and 8 letters and digits, as in your submission e-mail.',
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
  duplicateTravellerProfile:
    '{field}: you have already saved a traveller with this document. Please edit that saved traveller instead.',
  invalidEmail: '{field} is not a valid e-mail address.',
  passwordTooShort: '{field} must have at least 10 characters.',
  invalidTotpCode: '{field} must be the 6 digits that the authenticator app shows.',
  totpCodeWrong: '{field} is wrong or has expired. Please enter the current code from the authenticator app.',
  invalidUsername:
    '{field} must be 3 to 64 lower-case Latin letters, digits, dots, hyphens or underscores, starting with a letter or digit.',
  passwordReused: '{field} must differ from the current password.',
  currentPasswordWrong: '{field} is incorrect. Please enter the password you signed in with.',
  invalidVersion: '{field} is invalid. Please reload the page.',
  invalidNumber: '{field} must be a positive whole number.',
  unknownGate: '{field} is not a known border gate. Please choose one from the list.',
  unknownPurpose: '{field} is not a listed purpose. Please choose one from the list.',
  unknownField: '{field} is not a supported field.',
  searchTooShort: '{field}: please type at least 2 characters.',
  searchTooLong: '{field} is too long. Please type at most 100 characters.',
  searchNotInUrl:
    '{field}: search text may contain personal data, so it is not accepted in the address. Please send it in the body of POST /api/officer/declarations/search.',
  dateBeforeStart: '{field} is before the start date. Please choose the start date or a later day.',
  pageBeyondLimit:
    '{field}: only the first 10,000 matches can be paged through. Please narrow the search or the filters.',
  unknownDeclarationKind: '{field}: only crossing declarations (crossing) can be listed for now.',
  unknownDeclarationField:
    '{field}: "{value}" is not a field of this declaration. Please choose a field from the list.',
  duplicateDeclarationField: '{field}: "{value}" already has a comment. Please write one comment per field.',
  changeRequestEmpty:
    '{field} is missing. Please write a general comment or a comment on at least one field.',
  invalid: '{field} has an invalid value.',
  photoRequired:
    "{field}: this document type needs a portrait photo. Please add a photo of the traveller's face.",
  photoTooLarge: '{field}: the file is larger than 5 MB. Please choose a smaller photo.',
  photoInvalidType:
    '{field}: only JPEG or PNG photos are accepted. The chosen file is not a JPEG or PNG image.',
  photoUnreadable:
    '{field}: the image could not be read, so the file may be damaged. Please choose another photo.',
  photoTooSmall: '{field}: the photo is too small. It must be at least 300 × 400 pixels.',
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
  nationalityNotAllowedForDocument:
    '{field}: this document type is issued only to nationals of {allowed}. Please check the nationality or choose another document type.',
  invalidPassportNumber:
    '{field}: a passport number has 6 to 9 Latin letters and digits, as printed on the data page.',
  issueDateAfterExpiry: '{field} is after the expiry date. Please check both dates.',
  documentValidityTooLong:
    '{field}: this document is valid for at most {months} months from its issue date. Please check the issue and expiry dates.',
  documentProvinceNotAllowed:
    '{field}: at this gate the document must be valid for {provinces}. Please check the province written on the document, or use another document.',
  documentExpiresSoon:
    '{field}: the document expires less than {months} months after the planned crossing date. It is accepted, but the other country may refuse it, so please renew it soon.',
  issueDateNeededForValidity: '{field} must be on when a maximum validity period is set.',
  invalidVietnamPlate:
    '{field} is not a valid Vietnamese plate number. Type it as printed on the plate, for example 81A-123.45 for a car or 81B1-234.56 for a motorbike.',
  invalidForeignPlate:
    '{field} may contain only letters (Khmer or Latin), digits, spaces, dots and dashes, from 2 to 20 characters.',
} as const;

/** A validation message key, such as `required` or `mrzCheckDigit`. */
export type ValidationMessageKey = keyof typeof EN_MESSAGES;

/** English field labels by the field's name in the schemas, where `{n}` is a companion's number. */
export const EN_FIELD_LABELS = {
  referenceCode: 'Reference code',
  leadDateOfBirth: "Lead traveller's date of birth",
  fullName: 'Full name',
  sex: 'Sex',
  dateOfBirth: 'Date of birth',
  nationality: 'Nationality',
  documentType: 'Document type',
  documentNumber: 'Document number',
  documentExpiryDate: 'Document expiry date',
  documentIssueDate: 'Document issue date',
  documentValidProvince: 'Province the document is valid for',
  vehicle: 'Vehicle',
  kind: 'Vehicle type',
  plateCountry: 'Country of the plate',
  plateNumber: 'Plate number',
  numberFormat: 'Number format',
  expiryWarningMonths: 'Expiry warning (months)',
  maxValidityMonths: 'Maximum validity (months)',
  requiresIssueDate: 'Issue date required',
  validProvinceRule: 'Province the document must be valid for',
  allowedNationalities: 'Allowed nationalities',
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
  search: 'Search',
  queue: 'Queue',
  declarationKind: 'Declaration kind',
  gate: 'Border gate',
  plannedFrom: 'Planned crossing date from',
  plannedTo: 'Planned crossing date to',
  status: 'Status',
  sort: 'Sort by',
  order: 'Sort order',
  takeOver: 'Take over from another officer',
  preferredLanguage: 'Language',
  leadTraveller: 'Lead traveller',
  companion: 'Companion {n}',
  photo: 'Portrait photo',
  mrz: 'Machine-readable zone (MRZ)',
  issuingState: 'Issuing state',
  optionalData: 'MRZ optional data',
  compositeCheckDigit: 'MRZ composite check digit',
  code: 'Authenticator code',
  currentPassword: 'Current password',
  newPassword: 'New password',
  role: 'Role',
  gateCodes: 'Gates',
  comment: 'Comment',
  fieldComments: 'Field comments',
  field: 'Field',
} as const;

/** A field named in validation messages. */
export type FieldLabelKey = keyof typeof EN_FIELD_LABELS;
