import { AttachmentType } from './cargo-attachment';
import { MAX_CARGO_TRAVELLERS, MAX_GOODS_LINES } from './cargo-declaration';
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

/** Fields of a cargo declaration itself that an officer can ask the business to change. */
export const CARGO_DECLARATION_FIELDS = ['gateCode', 'direction', 'plannedArrivalAt'] as const;

/** Fields of a cargo declaration's truck, with its transport licence. */
export const CARGO_VEHICLE_FIELDS = [
  ...VEHICLE_FIELDS,
  'transportLicenceNumber',
  'transportLicenceExpiry',
] as const;

/** Fields of a cargo declaration's trailer. */
export const TRAILER_FIELDS = ['plateCountry', 'plateNumber'] as const;

/** Fields of the partner company across the border. */
export const COUNTERPART_FIELDS = ['name', 'address', 'country'] as const;

/** Fields of each goods line. */
export const GOODS_LINE_FIELDS = [
  'hsCode',
  'description',
  'quantity',
  'unitCode',
  'netWeightKg',
  'grossWeightKg',
  'value',
  'currency',
  'originCountry',
] as const;

/** Maximum length of a field path, in characters. The longest known path is `travellers.9.documentExpiryDate`. */
export const MAX_FIELD_PATH_LENGTH = 100;

/** A field path split into its parts: a declaration field, a traveller's field or a vehicle field. */
export type DeclarationFieldPath =
  | { section: 'declaration'; field: (typeof DECLARATION_FIELDS)[number] }
  | { section: 'traveller'; index: number; field: (typeof TRAVELLER_FIELDS)[number] }
  | { section: 'vehicle'; field: (typeof CARGO_VEHICLE_FIELDS)[number] }
  | { section: 'trailer'; field: (typeof TRAILER_FIELDS)[number] }
  | { section: 'counterpart'; field: (typeof COUNTERPART_FIELDS)[number] }
  | { section: 'goodsLine'; index: number; field: (typeof GOODS_LINE_FIELDS)[number] }
  | { section: 'attachments'; field: AttachmentType };

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Reads a list index without a leading zero, or null. */
function listIndex(part: string, size: number): number | null {
  return /^(0|[1-9]\d*)$/.test(part) && Number(part) < size ? Number(part) : null;
}

/**
 * Parses a dotted field path such as `plannedCrossingDate`, `travellers.1.documentNumber` or
 * `vehicle.plateNumber`. Returns null for anything else, including a traveller index with a
 * leading zero or beyond the 10 travellers a declaration can hold. For a cargo declaration
 * (`kind` 'cargo') the paths are those of its form: `plannedArrivalAt`, `vehicle.transportLicenceExpiry`,
 * `trailer.plateNumber`, `counterpart.name`, `goodsLines.0.hsCode`, `attachments.packing_list`,
 * and the driver and crew as `travellers.N.…`.
 */
export function parseDeclarationFieldPath(
  path: string,
  kind: 'travel' | 'cargo' = 'travel',
): DeclarationFieldPath | null {
  const parts = path.split('.');
  const cargo = kind === 'cargo';
  const [head, second, third] = parts;

  if (parts.length === 1) {
    const fields: readonly string[] = cargo ? CARGO_DECLARATION_FIELDS : DECLARATION_FIELDS;
    return fields.includes(head) ? ({ section: 'declaration', field: head } as DeclarationFieldPath) : null;
  }
  if (parts.length === 2 && head === 'vehicle') {
    const fields: readonly string[] = cargo ? CARGO_VEHICLE_FIELDS : VEHICLE_FIELDS;
    return fields.includes(second) ? ({ section: 'vehicle', field: second } as DeclarationFieldPath) : null;
  }
  if (parts.length === 3 && head === 'travellers') {
    const index = listIndex(second, cargo ? MAX_CARGO_TRAVELLERS : MAX_TRAVELLERS);
    return index !== null && includes(TRAVELLER_FIELDS, third)
      ? { section: 'traveller', index, field: third }
      : null;
  }
  if (!cargo || parts.length > 3) {
    return null;
  }

  if (parts.length === 2 && head === 'trailer' && includes(TRAILER_FIELDS, second)) {
    return { section: 'trailer', field: second };
  }
  if (parts.length === 2 && head === 'counterpart' && includes(COUNTERPART_FIELDS, second)) {
    return { section: 'counterpart', field: second };
  }
  if (parts.length === 2 && head === 'attachments' && includes(AttachmentType.options, second)) {
    return { section: 'attachments', field: second };
  }
  if (parts.length === 3 && head === 'goodsLines') {
    const index = listIndex(second, MAX_GOODS_LINES);
    return index !== null && includes(GOODS_LINE_FIELDS, third)
      ? { section: 'goodsLine', index, field: third }
      : null;
  }
  return null;
}

/** Splits a dotted field path into the segments that `fieldLabel` takes, with indexes as numbers. */
export function fieldPathSegments(path: string): (string | number)[] {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
