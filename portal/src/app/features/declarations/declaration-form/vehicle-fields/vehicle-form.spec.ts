import { createVehicleForm, vehicleFormValue } from './vehicle-form';

describe('vehicle form', () => {
  it('reads no vehicle while the box is unticked', () => {
    const form = createVehicleForm();
    form.patchValue({ kind: 'car', plateCountry: 'VNM', plateNumber: '81A-123.45' });

    expect(vehicleFormValue(form)).toBeUndefined();
  });

  it('starts ticked and filled from a saved vehicle', () => {
    const form = createVehicleForm({ kind: 'motorbike', plateCountry: 'KHM', plateNumber: '1A-2345' });

    expect(form.controls.present.value).toBeTrue();
    expect(vehicleFormValue(form)).toEqual({
      kind: 'motorbike',
      plateCountry: 'KHM',
      plateNumber: '1A-2345',
    });
  });

  it('reads a blank plate as absent', () => {
    const form = createVehicleForm({ kind: 'car' });

    expect(vehicleFormValue(form)).toEqual({ kind: 'car', plateCountry: undefined, plateNumber: undefined });
  });

  const plates: [string, 'car' | 'motorbike', string, string | null][] = [
    ['VNM', 'car', '81a 12345', null],
    ['VNM', 'motorbike', '81A-123.45', 'invalidVietnamPlate'],
    ['VNM', 'car', '81-12345', 'invalidVietnamPlate'],
    ['KHM', 'car', 'រតនគិរី 2A-1234', null],
    ['KHM', 'car', '<b>', 'invalidForeignPlate'],
  ];
  for (const [country, kind, plate, expected] of plates) {
    it(`${expected ? 'flags' : 'accepts'} ${kind} plate "${plate}" from ${country}`, () => {
      const form = createVehicleForm({ kind, plateCountry: country, plateNumber: plate });

      form.controls.plateNumber.updateValueAndValidity();

      expect(form.controls.plateNumber.getError('issue')).toEqual(expected ? { key: expected } : null);
    });
  }
});
