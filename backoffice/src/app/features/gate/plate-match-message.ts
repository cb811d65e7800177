import { checkPlateNumber, type PlateMatch, type PlateReadEvent } from '@smartgate/shared-models';

import type { TranslatedText } from './goods-summary';

/**
 * Rewrites a camera's read as a Vietnamese plate is printed (`81c 246 80` → `81C-246.80`), so the
 * officer compares it with the plate in front of them; other reads are shown as the camera sent them.
 */
function printedPlate(plate: string): string {
  const checked = checkPlateNumber(plate, 'VNM');
  return 'display' in checked ? checked.display : plate;
}

/**
 * The lane screen's sentence for a plate read that matched a declaration, such as
 * "81C-123.45 at lane 2: result LT-2026-000123, 2 people, 28.4 t dried cassava + 1 more". A
 * read of a camera without a lane names the camera instead.
 */
export function plateMatchMessage(read: PlateReadEvent, match: PlateMatch): TranslatedText {
  const params = {
    plate: printedPlate(read.plate),
    lane: read.laneCode ?? read.cameraName,
    number: match.resultNumber,
    count: match.travellerCount,
  };
  const goods = match.goods;
  if (!goods) {
    return { key: 'gate.plates.announcement', params };
  }

  const withGoods = { ...params, tonnes: goods.grossWeightTonnes, description: goods.firstDescription };
  return goods.lineCount > 1
    ? { key: 'gate.plates.announcementGoodsMore', params: { ...withGoods, more: goods.lineCount - 1 } }
    : { key: 'gate.plates.announcementGoods', params: withGoods };
}
