import type { PlateReadEvent } from '@smartgate/shared-models';

import { plateMatchMessage } from './plate-match-message';

function plateRead(overrides: Partial<PlateReadEvent> = {}): PlateReadEvent {
  return {
    id: 7,
    gateCode: 'LT',
    laneCode: '2',
    cameraName: 'Camera X2',
    plate: '81C-123.45',
    confidence: 0.9,
    capturedAt: '2026-12-05T01:00:00.000Z',
    matches: [],
    ...overrides,
  };
}

describe('plateMatchMessage', () => {
  const match = { declarationId: 'd1', resultNumber: 'LT-2026-000123', travellerCount: 2 };

  it('describes a traveller match', () => {
    const message = plateMatchMessage(plateRead(), match);

    expect(message).toEqual({
      key: 'gate.plates.announcement',
      params: { plate: '81C-123.45', lane: '2', number: 'LT-2026-000123', count: 2 },
    });
  });

  it('prints a Vietnamese plate read in lower case', () => {
    const message = plateMatchMessage(plateRead({ plate: '81c 246 80' }), match);

    expect(message.params['plate']).toBe('81C-246.80');
  });

  it('keeps a foreign plate as read', () => {
    const message = plateMatchMessage(plateRead({ plate: 'RTK 2A-1234' }), match);

    expect(message.params['plate']).toBe('RTK 2A-1234');
  });

  it('adds the goods of a consignment', () => {
    const goods = { grossWeightTonnes: '28.4', firstDescription: 'Sắn lát khô', lineCount: 1 };

    const message = plateMatchMessage(plateRead(), { ...match, goods });

    expect(message.key).toBe('gate.plates.announcementGoods');
    expect(message.params).toEqual(jasmine.objectContaining({ tonnes: '28.4', description: 'Sắn lát khô' }));
  });

  it('counts further goods lines', () => {
    const goods = { grossWeightTonnes: '28.4', firstDescription: 'Sắn lát khô', lineCount: 3 };

    const message = plateMatchMessage(plateRead(), { ...match, goods });

    expect(message.key).toBe('gate.plates.announcementGoodsMore');
    expect(message.params['more']).toBe(2);
  });

  it('names the camera without a lane', () => {
    const message = plateMatchMessage(plateRead({ laneCode: null }), match);

    expect(message.params['lane']).toBe('Camera X2');
  });
});
