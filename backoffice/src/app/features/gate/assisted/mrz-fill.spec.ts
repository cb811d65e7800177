import { todayInTimeZone } from '@smartgate/shared-models';

import { createAssistedForm } from './assisted-form';
import { fillTravellerFromMrz, readMrz } from './mrz-fill';

/** A TD3 passport of a Cambodian traveller, with valid check digits. */
const PASSPORT_MRZ = [
  'P<KHMSOK<<DARA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
  'N012345679KHM9005178F3101012<<<<<<<<<<<<<<04',
].join('\n');

function travellerForm() {
  return createAssistedForm({
    gateCode: 'LT',
    direction: 'exit',
    today: todayInTimeZone(),
  }).controls.travellers.at(0);
}

describe('MRZ at the counter', () => {
  it('fills every field the MRZ holds', () => {
    const traveller = travellerForm();
    const reading = readMrz(PASSPORT_MRZ);
    expect(reading.kind).toBe('usable');

    if (reading.kind === 'usable') {
      fillTravellerFromMrz(traveller, reading.data);
    }

    expect(traveller.getRawValue()).toEqual({
      fullName: 'SOK DARA',
      sex: 'female',
      dateOfBirth: '17/05/1990',
      nationality: 'KHM',
      documentType: 'passport',
      documentNumber: 'N01234567',
      documentExpiryDate: '01/01/2031',
      documentIssueDate: '',
      documentValidProvince: '',
      photo: null,
    });
  });

  it('replaces typed values with the MRZ', () => {
    const traveller = travellerForm();
    traveller.controls.documentNumber.setValue('X9999999');
    const reading = readMrz(PASSPORT_MRZ);

    if (reading.kind === 'usable') {
      fillTravellerFromMrz(traveller, reading.data);
    }

    expect(traveller.controls.documentNumber.value).toBe('N01234567');
  });

  it('refuses an MRZ with a wrong check digit', () => {
    const misread = PASSPORT_MRZ.replace('N012345679', 'N012345670');

    const reading = readMrz(misread);

    expect(reading.kind).toBe('unusable');
    expect(reading.issues).toContain({ field: 'documentNumber', key: 'mrzCheckDigit' });
  });

  it('waits for the second line', () => {
    expect(readMrz(PASSPORT_MRZ.split('\n')[0]).kind).toBe('unusable');
  });
});
