import { buildDeclaration } from '../../../../testing/declaration-factory';
import { declarationFieldOptions } from './declaration-field-options';

describe('declarationFieldOptions', () => {
  it('groups the crossing and each traveller with Vietnamese labels', () => {
    const groups = declarationFieldOptions(buildDeclaration(), 'vi', 'Chuyến đi');

    expect(groups.map((group) => group.label)).toEqual([
      'Chuyến đi',
      'Người khai chính · Nguyễn Văn An',
      'Người đi cùng 1 · Nguyễn Trọng Thiện',
    ]);
    expect(groups[0].options.map((option) => option.path)).toEqual([
      'gateCode',
      'direction',
      'plannedCrossingDate',
      'purposeCode',
    ]);
    expect(groups[2].options).toContain({
      path: 'travellers.1.documentNumber',
      label: 'Người đi cùng 1 – Số giấy tờ',
    });
  });

  it('labels the fields in English', () => {
    const groups = declarationFieldOptions(buildDeclaration(), 'en', 'Crossing');

    expect(groups[1].options[0]).toEqual({
      path: 'travellers.0.fullName',
      label: 'Lead traveller – Full name',
    });
    expect(groups[1].options.map((option) => option.path)).toContain('travellers.0.photo');
  });

  it('offers only the travellers the declaration has', () => {
    const declaration = buildDeclaration();
    const onlyLead = {
      ...declaration,
      data: { ...declaration.data, travellers: [declaration.data.travellers[0]] },
    };

    const paths = declarationFieldOptions(onlyLead, 'en', 'Crossing').flatMap((group) =>
      group.options.map((option) => option.path),
    );

    expect(paths.some((path) => path.startsWith('travellers.1.'))).toBeFalse();
  });

  it('adds the vehicle only when one is declared', () => {
    const declaration = buildDeclaration();
    const withVehicle = {
      ...declaration,
      data: {
        ...declaration.data,
        vehicle: { kind: 'car' as const, plateCountry: 'VNM', plateNumber: '81A-123.45' },
      },
    };

    const without = declarationFieldOptions(declaration, 'en', 'Crossing');
    const withIt = declarationFieldOptions(withVehicle, 'en', 'Crossing');

    expect(without.length).toBe(3);
    expect(withIt.at(-1)?.options.map((option) => option.path)).toEqual([
      'vehicle.kind',
      'vehicle.plateNumber',
      'vehicle.plateCountry',
    ]);
  });
});
