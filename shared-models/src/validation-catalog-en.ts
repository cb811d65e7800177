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
  unknownDeclarationKind: '{field}: please choose crossing declarations (crossing) or consignments (cargo).',
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
  invalidTaxCode:
    "{field} is not a valid tax code. Enter the 10-digit tax code (MST); for a branch, 10 digits, a hyphen and 3 digits (such as 0314409058-002); for a household business, the owner's 12-digit personal ID.",
  taxCodeLetters:
    '{field} may contain only digits, and the hyphen of a branch code. Please remove the letters.',
  invalidTaxCodeCheckDigit:
    '{field}: the 10th digit (the check digit) does not match the first 9 digits. Please compare it with the business registration certificate for a typing error.',
  taxCodeBranchHyphen:
    '{field}: a 13-digit branch code is written with a hyphen after the 10th digit, such as 0314409058-002. Please add the hyphen.',
  invalidPhoneNumber: '{field} must be a phone number of 8 to 15 digits, which may start with +.',
  duplicateBusinessVehicle:
    '{field}: the company already has a vehicle with this plate. Please edit that vehicle instead.',
  duplicateBusinessDriver:
    '{field}: the company already has a driver with this document. Please edit that driver instead.',
  watchlistValueTooShort:
    '{field} is too short to match safely: a document number needs at least 5 letters or digits, a plate 4 and a name 3 letters.',
  watchlistFieldNotForKind: '{field} applies to another kind of entry. Please leave it empty for this kind.',
  watchlistExpiryTooFar:
    '{field} is too far ahead: an entry may last at most 10 years. Please choose an earlier day.',
  watchlistDuplicateEntry:
    '{field}: an active entry with this value already exists. Please deactivate it first or edit this row.',
  csvRowMalformed:
    '{field}: the row does not have the same number of columns as the header. Please check its separators and quotes.',
  csvColumnsMissing: '{field}: the file lacks the columns {columns}. Please start from the template.',
  duplicateItems: '{field} is listed twice. Please send each record once.',
  invalidDecimal:
    '{field} must be a number such as 1250.5: digits with a dot before the decimals, without spaces or thousands separators.',
  tooManyDecimals: '{field} may have at most {decimals} decimal places. Please round it.',
  tooManyDecimalsForUnit:
    '{field}: this unit allows at most {decimals} decimal places. Please round the quantity or choose another unit.',
  decimalTooLarge: '{field} is too large. Please check the number.',
  mustBePositive: '{field} must be greater than zero.',
  mustNotBeNegative: '{field} cannot be negative.',
  grossBelowNet:
    '{field}: the gross weight (with packing) cannot be less than the net weight. Please check both weights.',
  invalidCurrency: '{field} is not a currency code. Please enter a 3-letter code such as VND, USD or KHR.',
  invalidHsCode: '{field} must be an 8-digit HS code such as 0714.10.11. Please choose it from the list.',
  unknownHsCode:
    '{field}: this HS code is not in the tariff nomenclature. Please choose a code from the list.',
  hsCodeNotSelectable:
    '{field}: this code is a heading, not a tariff line. Please choose an 8-digit line under it.',
  hsCodeProhibited: '{field}: goods under this HS code may not cross this gate. Please check the code.',
  unknownUnit: '{field} is not a listed unit. Please choose one from the list.',
  invalidDateTime: '{field} is not a valid date and time. Please enter both the date and the time.',
  transportLicenceExpired:
    '{field}: the cross-border transport licence is valid only until {date}, before the planned arrival. Please renew the licence or choose another vehicle.',
  invalidTrailerPlate:
    '{field} is not a valid Vietnamese trailer plate. Trailers and semi-trailers carry series R, such as 81R-012.34.',
  trailerSeriesOnVehicle:
    '{field}: series R is for trailers and semi-trailers. Enter the plate of the truck or tractor unit here, and the trailer plate under Trailer.',
  noDriver: '{field}: the driver is required.',
  tooManyCrew: '{field}: at most 3 people (the driver and 2 crew members).',
  noGoodsLines: '{field}: please add at least one goods line.',
  tooManyGoodsLines: '{field}: a declaration has at most 200 goods lines. Please split the consignment.',
  cargoSubmissionTooLate:
    '{field}: a consignment must be declared at least {minutes} minutes before the planned arrival, so for this arrival the latest submission time was {latest}. Please choose a later arrival time.',
  attachmentTooLarge:
    '{field}: the file is larger than 10 MB. Please scan it at a lower resolution or split it into several files.',
  attachmentInvalidType:
    '{field}: only PDF, JPEG or PNG files are accepted, judged by their content. The chosen file is none of these, whatever its name. Please save or scan the document as a PDF.',
  invalidHsChapter: '{field} must be a 2-digit HS chapter from 01 to 99, such as 07.',
  hsChapterRangeReversed: '{field} is before the first chapter of the range. Please swap the two chapters.',
  goodsImportFileType:
    '{field}: only CSV files (UTF-8) and Excel workbooks (.xlsx) can be imported. For an older .xls workbook, save it as .xlsx first.',
  goodsImportTooLarge:
    '{field}: the file is larger than 2 MB. A file of 200 goods lines is far smaller, so please remove other sheets or images from it.',
  goodsImportNotUtf8:
    '{field}: the CSV file is not encoded in UTF-8, so its Vietnamese text would be garbled. In Excel, save it as "CSV UTF-8 (Comma delimited)" and import it again.',
  goodsImportEmpty:
    '{field}: the file contains no goods lines under the header row. Please fill in the template from row 2.',
  goodsImportTooManyRows:
    '{field}: the file has {count} goods lines, but a declaration holds at most {max}. Please split the consignment into several declarations.',
  goodsImportUnreadable:
    '{field}: the Excel workbook could not be read. It may be damaged or protected by a password. Please save it again without a password.',
  goodsImportDuplicateColumn:
    '{field}: the columns {column} contain the same information. Please keep only one of them.',
  cellFormulaWithoutValue:
    '{field}: the cell contains a formula whose result was not saved with the file. Please open the file in Excel, save it, and import it again.',
  cellError: '{field}: the cell shows an Excel error (such as #N/A or #VALUE!). Please correct the cell.',
  unknownCountry:
    '{field}: "{value}" is not a known country. Please write its 3-letter ISO code, such as KHM, or its name.',
  attachmentRequired:
    '{field}: this document is required for this consignment. Please attach it as a PDF, JPEG or PNG file.',
  documentNotSighted:
    '{field}: this document is required for this consignment. Please check the paper document, then tick it as checked.',
  photoUploadExpired: '{field}: this photo is no longer on the server. Please take or choose it again.',
} as const;

/** A validation message key, such as `required` or `mrzCheckDigit`. */
export type ValidationMessageKey = keyof typeof EN_MESSAGES;

/** English field labels by the field's name in the schemas, where `{n}` numbers a companion, a crew member or a goods line. */
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
  driver: 'Driver',
  crewMember: 'Crew member {n}',
  driverAndCrew: 'Driver and crew',
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
  taxCode: 'Tax code (MST)',
  name: 'Name',
  address: 'Address',
  contactName: 'Contact person',
  contactPhone: 'Contact phone',
  contactEmail: 'Contact e-mail',
  vehicleType: 'Vehicle type',
  transportLicenceNumber: 'Cross-border transport licence number',
  transportLicenceExpiry: 'Transport licence expiry date',
  country: 'Country',
  language: 'Language of the e-mail',
  token: 'Invitation link',
  matchKind: 'Match kind',
  value: 'Value',
  documentCountry: 'Issuing country',
  expiresOn: 'Last day in force',
  csv: 'CSV file',
  dryRun: 'Check only',
  items: 'Records',
  ids: 'Records',
  state: 'State',
  expires_on: 'Last day in force',
  match_kind: 'Match kind',
  document_type: 'Document type',
  document_country: 'Issuing country',
  date_of_birth: 'Date of birth',
  row: 'Row',
  reasonKind: 'Reason kind',
  templateId: 'Reason template',
  templates: 'Order of the reason templates',
  textVi: 'Vietnamese text',
  textEn: 'English text',
  active: 'In use',
  officerId: 'Officer',
  action: 'Action',
  record: 'Record',
  from: 'From',
  to: 'To',
  ip: 'IP address',
  hsCode: 'HS code',
  description: 'Description of the goods',
  quantity: 'Quantity',
  unitCode: 'Unit',
  netWeightKg: 'Net weight (kg)',
  grossWeightKg: 'Gross weight (kg)',
  currency: 'Currency',
  originCountry: 'Country of origin',
  goodsLines: 'Goods',
  goodsLine: 'Goods line {n}',
  plannedArrivalAt: 'Planned arrival at the gate',
  counterpart: 'Partner company abroad',
  trailer: 'Trailer',
  q: 'Search text',
  file: 'File',
  attachmentType: 'Attachment type',
  hsChapterFrom: 'First HS chapter',
  hsChapterTo: 'Last HS chapter',
  hsControl: 'HS code control',
  expectedHsControl: 'HS code control before the change',
  noteVi: 'Note in Vietnamese',
  noteEn: 'Note in English',
  apply: 'Replace the goods lines',
  attachments: 'Attached documents',
  documentsSighted: 'Paper documents checked',
  company: 'Declaring company',
  commercial_invoice: 'Commercial invoice',
  packing_list: 'Packing list',
  certificate_of_origin_form_d: 'Certificate of origin (Form D)',
  phytosanitary_certificate: 'Phytosanitary certificate',
  import_export_licence: 'Import or export licence',
  other: 'Other document',
} as const;

/** A field named in validation messages. */
export type FieldLabelKey = keyof typeof EN_FIELD_LABELS;
