import { addDaysToDateOnly, todayInTimeZone } from './date-only';
import { TravellerProfileDeletion, TravellerProfileInput, TravellerProfileUpdate } from './traveller-profile';

const TRAVELLER = {
  fullName: 'Chan Sokhom',
  sex: 'female',
  dateOfBirth: '1990-05-17',
  nationality: 'KHM',
  documentType: 'passport',
  documentNumber: 'N01234567',
  documentExpiryDate: '2030-01-31',
};

describe('TravellerProfileInput', () => {
  it('accepts a complete traveller', () => {
    expect(TravellerProfileInput.parse(TRAVELLER)).toEqual(jasmine.objectContaining(TRAVELLER));
  });

  it('accepts a document that has already expired', () => {
    expect(
      TravellerProfileInput.safeParse({ ...TRAVELLER, documentExpiryDate: '2001-01-01' }).success,
    ).toBeTrue();
  });

  it('leaves out the traveller id of a declaration', () => {
    const parsed = TravellerProfileInput.parse({ ...TRAVELLER, id: '0b0c4c3e-8a8e-4a43-9d55-2f7b9b7d1a11' });

    expect(Object.keys(parsed)).not.toContain('id');
  });

  const rejected: [string, Record<string, unknown>, string, string][] = [
    ['a missing name', { fullName: undefined }, 'fullName', 'required'],
    ['a name in Khmer script', { fullName: 'សុខ សាន' }, 'fullName', 'invalidName'],
    ['an unknown sex', { sex: 'x' }, 'sex', 'invalidOption'],
    [
      'a birth date in the future',
      { dateOfBirth: addDaysToDateOnly(todayInTimeZone(), 1) },
      'dateOfBirth',
      'dateInFuture',
    ],
    ['a short document number', { documentNumber: '12' }, 'documentNumber', 'invalidDocumentNumber'],
  ];
  for (const [name, change, path, message] of rejected) {
    it(`rejects ${name}`, () => {
      const result = TravellerProfileInput.safeParse({ ...TRAVELLER, ...change });

      expect(result.success).toBeFalse();
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContain([
        path,
        message,
      ]);
    });
  }
});

describe('TravellerProfileUpdate', () => {
  it('requires the version last read', () => {
    const result = TravellerProfileUpdate.safeParse({ traveller: TRAVELLER });

    expect(result.error?.issues[0].path).toEqual(['version']);
  });
});

describe('TravellerProfileDeletion', () => {
  it('reads the version from a query string', () => {
    expect(TravellerProfileDeletion.parse({ version: '3' })).toEqual({ version: 3 });
  });

  it('rejects a version that is not a whole number from 1', () => {
    expect(TravellerProfileDeletion.safeParse({ version: '0' }).success).toBeFalse();
    expect(TravellerProfileDeletion.safeParse({ version: 'abc' }).success).toBeFalse();
    expect(TravellerProfileDeletion.safeParse({}).success).toBeFalse();
  });
});
