import type { DeclarationView } from '@smartgate/shared-models';

import { changedSections } from './conflict-sections';

function otherVersion(goodsDescription: string, arrival: string): DeclarationView {
  return {
    id: 'd-1',
    kind: 'cargo',
    status: 'draft',
    version: 3,
    data: { gateCode: 'LT', direction: 'entry', travellers: [{ fullName: 'Rơ Châm Thuận' }] },
    createdAt: '2026-12-05T02:00:00.000Z',
    updatedAt: '2026-12-05T02:10:00.000Z',
    submittedAt: null,
    decidedAt: null,
    rejectionReason: null,
    result: null,
    cargo: {
      business: { id: 'b-1', taxCode: '0100109106', name: 'Công ty Nông sản Đức Cơ' },
      plannedArrivalAt: arrival,
      counterpart: null,
      vehicle: null,
      trailer: null,
      goodsLines: [{ hsCode: '07141011', description: goodsDescription }],
      totals: {
        netWeightKg: '0',
        grossWeightKg: '0',
        netWeightTonnes: '0',
        grossWeightTonnes: '0',
        values: [],
      },
      attachments: [],
      requiredAttachments: [],
    },
  };
}

describe('changedSections', () => {
  const entries = {
    gateCode: 'LT',
    direction: 'entry',
    plannedArrivalAt: '2026-12-06T03:30:00.000Z',
    travellers: [{ fullName: 'Rơ Châm Thuận' }],
    goodsLines: [{ hsCode: '0714.10.11', description: 'Sắn lát khô' }],
  };

  it('finds no change in the same entries', () => {
    expect(changedSections(entries, otherVersion('Sắn lát khô', '2026-12-06T03:30:00.000Z'))).toEqual([]);
  });

  it('names the goods when a line differs', () => {
    expect(changedSections(entries, otherVersion('Sắn lát khô loại 2', '2026-12-06T03:30:00.000Z'))).toEqual([
      'cargo.goods.heading',
    ]);
  });

  it('names the crossing when the arrival differs', () => {
    expect(changedSections(entries, otherVersion('Sắn lát khô', '2026-12-06T05:00:00.000Z'))).toEqual([
      'cargo.form.crossingSection',
    ]);
  });
});
