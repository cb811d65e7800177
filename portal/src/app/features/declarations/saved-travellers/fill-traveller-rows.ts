import type { FormArray } from '@angular/forms';
import { MAX_TRAVELLERS, type TravellerDraft } from '@smartgate/shared-models';

import {
  createTravellerForm,
  travellerFormValue,
  type TravellerForm,
} from '../declaration-form/declaration-form-model';

/** Checks whether a traveller row is still blank, so a saved traveller can fill it. Its id does not count. */
export function isBlankRow(row: TravellerForm): boolean {
  return Object.entries(travellerFormValue(row)).every(
    ([field, value]) => field === 'id' || value === undefined || value === null || value === '',
  );
}

/** Returns how many travellers can still be added: the blank rows plus the rows not yet used. */
export function freeTravellerSlots(rows: FormArray<TravellerForm>): number {
  return rows.controls.filter(isBlankRow).length + MAX_TRAVELLERS - rows.length;
}

/**
 * Puts saved travellers into the declaration: into the blank rows first, the lead traveller's
 * included, then into new companion rows up to the maximum. Returns how many were placed.
 */
export function fillTravellerRows(
  rows: FormArray<TravellerForm>,
  travellers: readonly TravellerDraft[],
): number {
  const waiting = [...travellers];

  for (const row of rows.controls.filter(isBlankRow)) {
    const traveller = waiting.shift();
    if (!traveller) {
      break;
    }
    // The row keeps its own id, so a photo already uploaded for it stays with it.
    row.patchValue({ ...createTravellerForm(traveller).getRawValue(), id: row.controls.id.value });
    row.markAsDirty();
  }

  while (waiting.length > 0 && rows.length < MAX_TRAVELLERS) {
    const row = createTravellerForm(waiting.shift());
    row.markAsDirty();
    rows.push(row);
  }

  return travellers.length - waiting.length;
}

/**
 * Returns the key that identifies a traveller's document: its type and its number folded as the
 * schema stores it (upper case, no spaces). Returns null while either is missing.
 */
export function documentKey(traveller: { documentType?: unknown; documentNumber?: unknown }): string | null {
  const { documentType, documentNumber } = traveller;
  if (typeof documentType !== 'string' || typeof documentNumber !== 'string') {
    return null;
  }

  const number = documentNumber.toUpperCase().replace(/\s+/g, '');
  return number ? `${documentType}|${number}` : null;
}
