import { MAX_TRAVELLERS } from './crossing-declaration';

/** Fields of the declaration itself that an officer can ask the applicant to change. */
export const DECLARATION_FIELDS = ['gateCode', 'direction', 'plannedCrossingDate', 'purposeCode'] as const;

/** Fields of each traveller that an officer can ask the applicant to change. */
export const TRAVELLER_FIELDS = [
  'fullName',
  'sex',
  'dateOfBirth',
  'nationality',
  'documentType',
  'documentNumber',
  'documentExpiryDate',
  'documentIssueDate',
  'documentValidProvince',
  'photo',
] as const;

/** Fields of the private vehicle that an officer can ask the applicant to change. */
export const VEHICLE_FIELDS = ['kind', 'plateNumber', 'plateCountry'] as const;

/** Maximum length of a field path, in characters. The longest known path is `travellers.9.documentExpiryDate`. */
export const MAX_FIELD_PATH_LENGTH = 100;

/** A field path split into its parts: a declaration field, a traveller's field or a vehicle field. */
export type DeclarationFieldPath =
  | { section: 'declaration'; field: (typeof DECLARATION_FIELDS)[number] }
  | { section: 'traveller'; index: number; field: (typeof TRAVELLER_FIELDS)[number] }
  | { section: 'vehicle'; field: (typeof VEHICLE_FIELDS)[number] };

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Parses a dotted field path such as `plannedCrossingDate`, `travellers.1.documentNumber` or
 * `vehicle.plateNumber`. Returns null for anything else, including a traveller index with a
 * leading zero or beyond the 10 travellers a declaration can hold.
 */
export function parseDeclarationFieldPath(path: string): DeclarationFieldPath | null {
  const parts = path.split('.');

  if (parts.length === 1 && includes(DECLARATION_FIELDS, parts[0])) {
    return { section: 'declaration', field: parts[0] };
  }
  if (parts.length === 2 && parts[0] === 'vehicle' && includes(VEHICLE_FIELDS, parts[1])) {
    return { section: 'vehicle', field: parts[1] };
  }
  if (parts.length === 3 && parts[0] === 'travellers' && /^(0|[1-9]\d?)$/.test(parts[1])) {
    const index = Number(parts[1]);
    if (index < MAX_TRAVELLERS && includes(TRAVELLER_FIELDS, parts[2])) {
      return { section: 'traveller', index, field: parts[2] };
    }
  }
  return null;
}

/** Splits a dotted field path into the segments that `fieldLabel` takes, with indexes as numbers. */
export function fieldPathSegments(path: string): (string | number)[] {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
