import {
  AttachmentType,
  CARGO_DECLARATION_FIELDS,
  CARGO_VEHICLE_FIELDS,
  COUNTERPART_FIELDS,
  DECLARATION_FIELDS,
  GOODS_LINE_FIELDS,
  TRAILER_FIELDS,
  TRAVELLER_FIELDS,
  VEHICLE_FIELDS,
  type DeclarationView,
  type FieldLabelKind,
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

function option(path: string, language: string, kind: FieldLabelKind): FieldOption {
  return { path, label: fieldLabel(fieldPathSegments(path), language, kind) };
}

/** Builds the group of the fields under `prefix`, such as `vehicle`, labelled with the prefix's own label. */
function sectionGroup(
  prefix: string,
  fields: readonly string[],
  language: string,
  kind: FieldLabelKind,
): FieldOptionGroup {
  return {
    label: fieldLabel([prefix], language, kind),
    options: fields.map((field) => option(`${prefix}.${field}`, language, kind)),
  };
}

/** Builds one group per traveller, labelled with the traveller's position and name. */
function travellerGroups(
  declaration: DeclarationView,
  language: string,
  kind: FieldLabelKind,
): FieldOptionGroup[] {
  return declaration.data.travellers.map((traveller, index) => {
    const position = fieldLabel(['travellers', index], language, kind);
    return {
      label: traveller.fullName ? `${position} · ${traveller.fullName}` : position,
      options: TRAVELLER_FIELDS.map((field) => option(`travellers.${index}.${field}`, language, kind)),
    };
  });
}

/**
 * Lists the fields of a cargo declaration in the order of the business's form. That is the
 * consignment with its partner company, the driver and crew, the truck, and the trailer when one
 * is declared. Each goods line (with its description) and the attached documents follow.
 */
function cargoFieldOptions(
  declaration: DeclarationView,
  language: string,
  consignmentLabel: string,
): FieldOptionGroup[] {
  const groups: FieldOptionGroup[] = [
    {
      label: consignmentLabel,
      options: CARGO_DECLARATION_FIELDS.map((field) => option(field, language, 'cargo')),
    },
    sectionGroup('counterpart', COUNTERPART_FIELDS, language, 'cargo'),
    ...travellerGroups(declaration, language, 'cargo'),
    sectionGroup('vehicle', CARGO_VEHICLE_FIELDS, language, 'cargo'),
  ];

  if (declaration.cargo?.trailer) {
    groups.push(sectionGroup('trailer', TRAILER_FIELDS, language, 'cargo'));
  }

  (declaration.cargo?.goodsLines ?? []).forEach((line, index) => {
    const position = fieldLabel(['goodsLines', index], language, 'cargo');
    groups.push({
      label: line.description ? `${position} · ${line.description}` : position,
      options: GOODS_LINE_FIELDS.map((field) => option(`goodsLines.${index}.${field}`, language, 'cargo')),
    });
  });

  groups.push(sectionGroup('attachments', AttachmentType.options, language, 'cargo'));
  return groups;
}

/**
 * Lists the fields of a declaration that an officer can send back for changes, in the order the
 * applicant's form shows them: the crossing (under `crossingLabel`), each traveller it has (with the
 * traveller's name, which distinguishes companions) and the vehicle when one is declared.
 * A cargo declaration lists its own fields, and then `crossingLabel` names the consignment.
 */
export function declarationFieldOptions(
  declaration: DeclarationView,
  language: string,
  crossingLabel: string,
): FieldOptionGroup[] {
  if (declaration.kind === 'cargo') {
    return cargoFieldOptions(declaration, language, crossingLabel);
  }

  const groups: FieldOptionGroup[] = [
    { label: crossingLabel, options: DECLARATION_FIELDS.map((field) => option(field, language, 'travel')) },
    ...travellerGroups(declaration, language, 'travel'),
  ];

  if (declaration.data.vehicle) {
    groups.push(sectionGroup('vehicle', VEHICLE_FIELDS, language, 'travel'));
  }
  return groups;
}
