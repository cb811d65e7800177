import {
  DECLARATION_FIELDS,
  TRAVELLER_FIELDS,
  VEHICLE_FIELDS,
  type DeclarationView,
  fieldLabel,
  fieldPathSegments,
} from '@smartgate/shared-models';

/** A field the officer can comment on: its dotted path and its label in the interface language. */
export interface FieldOption {
  path: string;
  label: string;
}

/** The fields of one part of the declaration, such as the crossing or one traveller. */
export interface FieldOptionGroup {
  label: string;
  options: FieldOption[];
}

function option(path: string, language: string): FieldOption {
  return { path, label: fieldLabel(fieldPathSegments(path), language) };
}

/**
 * Lists the fields of a declaration that an officer can send back for changes, in the order the
 * applicant's form shows them: the crossing (under `crossingLabel`), each traveller it has (with the
 * traveller's name, which distinguishes companions) and the vehicle when one is declared.
 */
export function declarationFieldOptions(
  declaration: DeclarationView,
  language: string,
  crossingLabel: string,
): FieldOptionGroup[] {
  const groups: FieldOptionGroup[] = [
    { label: crossingLabel, options: DECLARATION_FIELDS.map((field) => option(field, language)) },
  ];

  declaration.data.travellers.forEach((traveller, index) => {
    const position = fieldLabel(['travellers', index], language);
    groups.push({
      label: traveller.fullName ? `${position} · ${traveller.fullName}` : position,
      options: TRAVELLER_FIELDS.map((field) => option(`travellers.${index}.${field}`, language)),
    });
  });

  if (declaration.data.vehicle) {
    groups.push({
      label: fieldLabel(['vehicle'], language),
      options: VEHICLE_FIELDS.map((field) => option(`vehicle.${field}`, language)),
    });
  }
  return groups;
}
