import type { CargoView, DeclarationView } from '@smartgate/shared-models';

import { buildDeclaration } from '../../../../testing/declaration-factory';

/** Builds the consignment of an import of dried cassava and cashew, with one attachment and the phytosanitary certificate missing. */
export function buildCargoView(overrides: Partial<CargoView> = {}): CargoView {
  return {
    business: { id: 'b1', taxCode: '0100109106', name: 'Công ty TNHH Nông sản Đức Cơ' },
    plannedArrivalAt: '2026-12-10T01:30:00.000Z',
    counterpart: {
      name: 'Ratanakiri Agro Trading Co., Ltd.',
      address: 'Ban Lung, Ratanakiri',
      country: 'KHM',
    },
    vehicle: {
      kind: 'tractor_unit',
      plateCountry: 'VNM',
      plateNumber: '81C-123.45',
      transportLicenceNumber: 'VN-KH 0123/2026',
      transportLicenceExpiry: '2030-06-30',
    },
    trailer: { plateCountry: 'VNM', plateNumber: '81R-012.34' },
    goodsLines: [
      {
        hsCode: '07141011',
        description: 'Sắn lát khô',
        quantity: '28000',
        unitCode: 'kg',
        netWeightKg: '0.1',
        grossWeightKg: '0.1',
        value: '7000',
        currency: 'USD',
        originCountry: 'KHM',
      },
      {
        hsCode: '08013100',
        description: 'Hạt điều thô',
        quantity: '2.5',
        unitCode: 'tne',
        netWeightKg: '0.2',
        grossWeightKg: '0.2',
        value: '3000',
        currency: 'USD',
        originCountry: 'KHM',
      },
    ],
    totals: {
      netWeightKg: '0.3',
      grossWeightKg: '0.3',
      netWeightTonnes: '0.0003',
      grossWeightTonnes: '0.0003',
      values: [{ currency: 'USD', amount: '10000' }],
    },
    attachments: [
      {
        id: 'a1',
        type: 'commercial_invoice',
        originalName: 'hoa-don-0123.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 204_800,
        sha256: 'ab'.repeat(32),
        createdAt: '2026-12-09T03:00:00.000Z',
      },
    ],
    requiredAttachments: ['phytosanitary_certificate'],
    ...overrides,
  };
}

/** Builds a submitted cargo declaration whose travellers are its driver and crew. */
export function buildCargoDeclaration(cargo: CargoView = buildCargoView()): DeclarationView {
  const declaration = buildDeclaration({ kind: 'cargo', cargo });
  return { ...declaration, data: { ...declaration.data, direction: 'entry', purposeCode: undefined } };
}
