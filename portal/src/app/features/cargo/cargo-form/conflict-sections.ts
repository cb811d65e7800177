import { CargoDeclarationDraft, cargoDraftOfView, type DeclarationView } from '@smartgate/shared-models';

/** The sections of the cargo form, each with the translation key of its heading and its draft fields. */
const SECTIONS: readonly { headingKey: string; fields: readonly (keyof CargoDeclarationDraft)[] }[] = [
  { headingKey: 'cargo.form.crossingSection', fields: ['gateCode', 'direction', 'plannedArrivalAt'] },
  { headingKey: 'cargo.counterpart.heading', fields: ['counterpart'] },
  { headingKey: 'cargo.vehicle.heading', fields: ['vehicle'] },
  { headingKey: 'cargo.vehicle.trailerHeading', fields: ['trailer'] },
  { headingKey: 'cargo.crew.heading', fields: ['travellers'] },
  { headingKey: 'cargo.goods.heading', fields: ['goodsLines'] },
];

/**
 * Reads a draft in the schema's canonical form, so equal entries compare equal however they were
 * typed. Travellers' ids are left out, because a form row gets its id before its first save.
 */
function canonical(draft: unknown): Record<string, unknown> {
  const parsed = CargoDeclarationDraft.safeParse(draft);
  const read = (parsed.success ? parsed.data : draft) as Record<string, unknown>;
  const travellers = Array.isArray(read['travellers'])
    ? (read['travellers'] as Record<string, unknown>[])
    : [];
  return { ...read, travellers: travellers.map(({ id: _id, ...traveller }) => traveller) };
}

/**
 * Returns the heading keys of the sections in which a version saved elsewhere differs from the
 * applicant's entries, so that a conflict message shows where to look before the applicant overwrites it.
 */
export function changedSections(entries: Record<string, unknown>, other: DeclarationView): string[] {
  const mine = canonical(entries);
  const theirs = canonical(cargoDraftOfView(other));

  return SECTIONS.filter(({ fields }) =>
    fields.some((field) => comparable(mine[field]) !== comparable(theirs[field])),
  ).map(({ headingKey }) => headingKey);
}

/** Writes a field for comparison, with a section whose fields are all blank written as absent. */
function comparable(value: unknown): string {
  const isBlankGroup =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((field) => field === undefined || field === null || field === '');
  return JSON.stringify(isBlankGroup ? null : (value ?? null));
}
