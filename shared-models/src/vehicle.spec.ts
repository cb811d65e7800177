import { CrossingDeclarationDraft } from './crossing-declaration';
import { Vehicle, checkPlateNumber } from './vehicle';

function issueKeys(input: unknown): string[] {
  const result = Vehicle.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('Vehicle', () => {
  it('rewrites a Vietnamese car plate as printed', () => {
    expect(Vehicle.parse({ kind: 'car', plateCountry: 'vnm', plateNumber: ' 81a 12345 ' })).toEqual({
      kind: 'car',
      plateCountry: 'VNM',
      plateNumber: '81A-123.45',
    });
  });

  it('rejects a Vietnamese plate that fits no layout', () => {
    expect(issueKeys({ kind: 'car', plateCountry: 'VNM', plateNumber: '81-12345' })).toEqual([
      'plateNumber:invalidVietnamPlate',
    ]);
  });

  it('rejects a car plate for a motorbike', () => {
    expect(issueKeys({ kind: 'motorbike', plateCountry: 'VNM', plateNumber: '81A-123.45' })).toEqual([
      'plateNumber:invalidVietnamPlate',
    ]);
  });

  it('accepts a Cambodian plate in Khmer and Latin script', () => {
    const vehicle = Vehicle.parse({ kind: 'car', plateCountry: 'KHM', plateNumber: 'រតនគិរី  2a-1234' });

    expect(vehicle.plateNumber).toBe('រតនគិរី 2A-1234');
  });

  it('reports a missing kind, country and plate', () => {
    expect(issueKeys({})).toEqual(['kind:required', 'plateCountry:required', 'plateNumber:required']);
  });
});

describe('checkPlateNumber', () => {
  const foreign: [string, string, string | null][] = [
    ['a Cambodian Latin plate', '2A-1234', '2A1234'],
    ['a Khmer province with a number', 'ភ្នំពេញ 2A-1234', '2A1234'],
    ['a single character', 'A', null],
    ['markup', '<b>2A</b>', null],
    ['an emoji', '2A 🚗', null],
    ['a right-to-left override', '2A\u202E1234', null],
    ['a doubled separator', '2A--1234', null],
  ];
  for (const [description, plate, searchKey] of foreign) {
    it(`${searchKey ? 'accepts' : 'rejects'} ${description} from Cambodia`, () => {
      const checked = checkPlateNumber(plate, 'KHM');

      if (searchKey) {
        expect(checked).toEqual(jasmine.objectContaining({ searchKey }));
      } else {
        expect(checked).toEqual({ issue: 'invalidForeignPlate' });
      }
    });
  }

  it('accepts either Vietnamese layout while the kind is blank', () => {
    expect(checkPlateNumber('81b1 23456', 'VNM')).toEqual({ display: '81B1-234.56', searchKey: '81B123456' });
  });
});

describe('CrossingDeclarationDraft vehicle', () => {
  it('keeps a vehicle with only its kind', () => {
    const draft = CrossingDeclarationDraft.parse({ vehicle: { kind: 'motorbike', plateNumber: '' } });

    expect(draft.vehicle?.kind).toBe('motorbike');
    expect(draft.vehicle?.plateNumber).toBeUndefined();
  });

  it('reads a blank vehicle as absent', () => {
    expect(CrossingDeclarationDraft.parse({ vehicle: null }).vehicle).toBeUndefined();
  });

  it('checks a draft plate once its country is known', () => {
    const result = CrossingDeclarationDraft.safeParse({
      vehicle: { kind: 'car', plateCountry: 'VNM', plateNumber: 'ABC' },
    });

    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['vehicle.plateNumber']);
  });
});
