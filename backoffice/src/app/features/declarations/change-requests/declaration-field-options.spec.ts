import { parseDeclarationFieldPath } from '@smartgate/shared-models';

import { buildDeclaration } from '../../../../testing/declaration-factory';
import { buildCargoDeclaration, buildCargoView } from '../cargo/cargo-view.fixtures';
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

  it('names the driver and crew of a cargo declaration in Vietnamese', () => {
    const groups = declarationFieldOptions(buildCargoDeclaration(), 'vi', 'Lô hàng');

    expect(groups.map((group) => group.label)).toEqual([
      'Lô hàng',
      'Đối tác nước ngoài',
      'Lái xe · Nguyễn Văn An',
      'Phụ xe thứ 1 · Nguyễn Trọng Thiện',
      'Phương tiện',
      'Rơ moóc',
      'Dòng hàng 1 · Sắn lát khô',
      'Dòng hàng 2 · Hạt điều thô',
      'Chứng từ đính kèm',
    ]);
    expect(groups[3].options).toContain({
      path: 'travellers.1.documentNumber',
      label: 'Phụ xe thứ 1 – Số giấy tờ',
    });
  });

  it('offers the cargo fields that the API accepts', () => {
    const groups = declarationFieldOptions(buildCargoDeclaration(), 'en', 'Consignment');
    const paths = groups.flatMap((group) => group.options.map((option) => option.path));

    expect(groups[0].options.map((option) => option.path)).toEqual([
      'gateCode',
      'direction',
      'plannedArrivalAt',
    ]);
    expect(paths).toContain('vehicle.transportLicenceExpiry');
    expect(paths).toContain('trailer.plateNumber');
    expect(paths).toContain('counterpart.name');
    expect(paths).toContain('attachments.phytosanitary_certificate');
    expect(paths.every((path) => parseDeclarationFieldPath(path, 'cargo') !== null)).toBeTrue();
    expect(groups[2].options[0]).toEqual({ path: 'travellers.0.fullName', label: 'Driver – Full name' });
    expect(groups[6].options[0]).toEqual({ path: 'goodsLines.0.hsCode', label: 'Goods line 1 – HS code' });
  });

  it('leaves out the trailer of a truck without one', () => {
    const groups = declarationFieldOptions(
      buildCargoDeclaration(buildCargoView({ trailer: null })),
      'en',
      'Consignment',
    );

    expect(groups.map((group) => group.label)).not.toContain('Trailer');
  });
});
