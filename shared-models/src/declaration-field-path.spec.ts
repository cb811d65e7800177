import { fieldPathSegments, parseDeclarationFieldPath } from './declaration-field-path';

describe('parseDeclarationFieldPath', () => {
  const known: [string, ReturnType<typeof parseDeclarationFieldPath>][] = [
    ['plannedCrossingDate', { section: 'declaration', field: 'plannedCrossingDate' }],
    ['gateCode', { section: 'declaration', field: 'gateCode' }],
    ['travellers.0.photo', { section: 'traveller', index: 0, field: 'photo' }],
    ['travellers.1.documentNumber', { section: 'traveller', index: 1, field: 'documentNumber' }],
    ['travellers.9.documentExpiryDate', { section: 'traveller', index: 9, field: 'documentExpiryDate' }],
    ['vehicle.plateNumber', { section: 'vehicle', field: 'plateNumber' }],
    ['vehicle.plateCountry', { section: 'vehicle', field: 'plateCountry' }],
  ];
  for (const [path, expected] of known) {
    it(`parses ${path}`, () => {
      expect(parseDeclarationFieldPath(path)).toEqual(expected);
    });
  }

  const unknown = [
    '',
    'travellers',
    'travellers.1',
    'travellers.10.fullName',
    'travellers.01.fullName',
    'travellers.-1.fullName',
    'travellers.a.fullName',
    'travellers.1.fullName.extra',
    'travellers.1.favouriteColour',
    'travellers.1.__proto__',
    'vehicle',
    'vehicle.fullName',
    'fullName',
    'constructor',
    'plannedCrossingDate.0',
    'PlannedCrossingDate',
    ' plannedCrossingDate',
  ];
  for (const path of unknown) {
    it(`rejects ${JSON.stringify(path)}`, () => {
      expect(parseDeclarationFieldPath(path)).toBeNull();
    });
  }
});

describe('fieldPathSegments', () => {
  it('turns traveller indexes into numbers', () => {
    expect(fieldPathSegments('travellers.2.fullName')).toEqual(['travellers', 2, 'fullName']);
  });

  it('keeps a declaration field as one segment', () => {
    expect(fieldPathSegments('plannedCrossingDate')).toEqual(['plannedCrossingDate']);
  });
});
