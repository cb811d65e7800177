import { FormArray } from '@angular/forms';
import { MAX_TRAVELLERS } from '@smartgate/shared-models';

import { createTravellerForm, type TravellerForm } from '../declaration-form/declaration-form-model';
import { documentKey, fillTravellerRows, freeTravellerSlots } from './fill-traveller-rows';

function rowsOf(...names: string[]): FormArray<TravellerForm> {
  return new FormArray(names.map((fullName) => createTravellerForm(fullName ? { fullName } : {})));
}

describe('fillTravellerRows', () => {
  it('fills the blank lead traveller first, then adds companions', () => {
    const rows = rowsOf('');

    const placed = fillTravellerRows(rows, [
      { fullName: 'Chan Sokhom', documentExpiryDate: '2030-01-31' },
      { fullName: 'Nguyễn Văn An' },
    ]);

    expect(placed).toBe(2);
    expect(rows.controls.map((row) => row.controls.fullName.value)).toEqual(['Chan Sokhom', 'Nguyễn Văn An']);
    expect(rows.at(0).controls.documentExpiryDate.value).toEqual(new Date(2030, 0, 31));
    expect(rows.at(0).dirty).toBeTrue();
  });

  it('keeps rows the traveller has started', () => {
    const rows = rowsOf('Lê Hoa', '');

    fillTravellerRows(rows, [{ fullName: 'Chan Sokhom' }]);

    expect(rows.controls.map((row) => row.controls.fullName.value)).toEqual(['Lê Hoa', 'Chan Sokhom']);
  });

  it('stops at the maximum number of travellers', () => {
    const rows = rowsOf(...Array.from({ length: MAX_TRAVELLERS - 1 }, (_, index) => `Person ${index}`));

    const placed = fillTravellerRows(rows, [{ fullName: 'Chan Sokhom' }, { fullName: 'Nguyễn Văn An' }]);

    expect(placed).toBe(1);
    expect(rows.length).toBe(MAX_TRAVELLERS);
  });
});

describe('freeTravellerSlots', () => {
  it('counts blank rows and rows not yet added', () => {
    expect(freeTravellerSlots(rowsOf('', 'Lê Hoa', ''))).toBe(MAX_TRAVELLERS - 1);
  });
});

describe('documentKey', () => {
  it('folds case and spaces of the document number', () => {
    expect(documentKey({ documentType: 'passport', documentNumber: 'c12 345 67' })).toBe('passport|C1234567');
  });

  it('is null while the type or number is missing', () => {
    expect(documentKey({ documentNumber: 'C1234567' })).toBeNull();
    expect(documentKey({ documentType: 'passport', documentNumber: ' ' })).toBeNull();
  });
});
