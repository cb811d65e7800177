import { parseVietnamPlate, plateSearchKey, type PlateVehicleKind } from './vietnam-plate';

describe('parseVietnamPlate', () => {
  const valid: [PlateVehicleKind, string, string][] = [
    ['car', '81A-123.45', '81A-123.45'],
    ['car', '81a12345', '81A-123.45'],
    ['car', ' 81 A 123 45 ', '81A-123.45'],
    ['car', '81A-12345', '81A-123.45'],
    ['car', '81A–123.45', '81A-123.45'],
    ['car', '81A-1234', '81A-1234'],
    ['car', '51LD-123.45', '51LD-123.45'],
    ['car', '29-AB 123.45', '29AB-123.45'],
    ['motorbike', '81B1-234.56', '81B1-234.56'],
    ['motorbike', '81-B1 234.56', '81B1-234.56'],
    ['motorbike', '81b123456', '81B1-234.56'],
    ['motorbike', '81-B1 2345', '81B1-2345'],
    ['motorbike', '29-AB 123.45', '29AB-123.45'],
    ['motorbike', '29MĐ1-123.45', '29MĐ1-123.45'],
    ['truck', '81C-123.45', '81C-123.45'],
    ['truck', '81LD 12345', '81LD-123.45'],
    ['trailer', '81R-012.34', '81R-012.34'],
    ['trailer', '81 r 01234', '81R-012.34'],
    ['trailer', '81R-1234', '81R-1234'],
  ];
  for (const [kind, input, display] of valid) {
    it(`reads ${kind} plate "${input}" as ${display}`, () => {
      expect(parseVietnamPlate(input, kind)?.display).toBe(display);
    });
  }

  const invalid: [PlateVehicleKind, string, string][] = [
    ['car', '', 'an empty value'],
    ['car', '81-123.45', 'no series'],
    ['car', '81ABC-123.45', 'three series letters'],
    ['car', '81A-123.456', 'six digits'],
    ['car', '81A-123', 'three digits'],
    ['car', '8A-123.45', 'a one-digit province code'],
    ['car', '05A-123.45', 'a province code below 11'],
    ['car', '81B1-234.56', 'a motorbike series on a car'],
    ['car', '81A-12.345', 'digits grouped 2 and 3'],
    ['motorbike', '81A-123.45', 'a car series on a motorbike'],
    ['motorbike', '81B1234', 'a motorbike plate with 3 digits'],
    ['motorbike', '81B1-234.56 X', 'trailing text'],
    ['car', '81A-123.45; DROP', 'injected text'],
    ['car', '８１A-123.45', 'full-width digits'],
    ['truck', '81R-012.34', 'the trailer series on a truck'],
    ['truck', '81B1-234.56', 'a motorbike series on a truck'],
    ['trailer', '81C-123.45', 'a truck series on a trailer'],
    ['trailer', '81RM-123.45', 'two series letters on a trailer'],
  ];
  for (const [kind, input, description] of invalid) {
    it(`rejects ${description} (${kind} "${input}")`, () => {
      expect(parseVietnamPlate(input, kind)).toBeNull();
    });
  }

  it('splits a plate into its parts', () => {
    expect(parseVietnamPlate('81b1 234.56', 'motorbike')).toEqual({
      provinceCode: '81',
      series: 'B1',
      serial: '23456',
      display: '81B1-234.56',
      searchKey: '81B123456',
    });
  });
});

describe('plateSearchKey', () => {
  const cases: [string, string][] = [
    ['81a-123.45', '81A12345'],
    ['29MĐ1 123.45', '29MD112345'],
    ['ភ្នំពេញ 2A-1234', '2A1234'],
  ];
  for (const [input, expected] of cases) {
    it(`folds "${input}"`, () => {
      expect(plateSearchKey(input)).toBe(expected);
    });
  }
});
