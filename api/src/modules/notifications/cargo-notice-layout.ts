import { type Direction, type Language } from '@smartgate/shared-models';

import type { CargoNoticeFacts } from './cargo-notice.repository';
import { formatGateTime } from './notice-layout';

/** Cargo directions as the portal names them: an entry is an import, an exit an export. */
const CARGO_DIRECTION_LABELS: Record<Language, Record<Direction, string>> = {
  vi: { entry: 'Nhập khẩu', exit: 'Xuất khẩu' },
  en: { entry: 'Import', exit: 'Export' },
  km: { entry: 'នាំចូល', exit: 'នាំចេញ' },
};

/** Decimal separators of the notices' languages, as `Intl.NumberFormat` uses them. */
const DECIMAL_SEPARATORS: Record<Language, string> = { vi: ',', en: '.', km: '.' };

/** The labels of the consignment facts, one line each. */
interface FactLabels {
  company: string;
  truck: string;
  trailer: string;
  direction: string;
  goods: string;
  tonnes: string;
  moreLines: (count: number) => string;
  driver: string;
  plannedArrival: string;
}

const LABELS: Record<Language, FactLabels> = {
  vi: {
    company: 'Doanh nghiệp',
    truck: 'Xe',
    trailer: 'rơ moóc',
    direction: 'Loại hình',
    goods: 'Hàng hóa',
    tonnes: 'tấn',
    moreLines: (count) => `và ${count} dòng hàng khác`,
    driver: 'Lái xe',
    plannedArrival: 'Dự kiến đến cửa khẩu',
  },
  en: {
    company: 'Company',
    truck: 'Truck',
    trailer: 'trailer',
    direction: 'Direction',
    goods: 'Goods',
    tonnes: 't',
    moreLines: (count) => `and ${count} more goods ${count === 1 ? 'line' : 'lines'}`,
    driver: 'Driver',
    plannedArrival: 'Planned arrival at the gate',
  },
  km: {
    company: 'ក្រុមហ៊ុន',
    truck: 'ឡានដឹកទំនិញ',
    trailer: 'រ៉ឺម៉ក',
    direction: 'ប្រភេទ',
    goods: 'ទំនិញ',
    tonnes: 'តោន',
    moreLines: (count) => `និងមុខទំនិញ ${count} ទៀត`,
    driver: 'អ្នកបើកបរ',
    plannedArrival: 'ពេលគ្រោងមកដល់ច្រកព្រំដែន',
  },
};

/** Names a cargo direction in a language: import or export. */
export function cargoDirectionLabel(direction: Direction, language: Language): string {
  return CARGO_DIRECTION_LABELS[language][direction];
}

/** The truck's plate, with the trailer's after it, such as `81C-123.45, trailer 81R-012.34`. */
export function truckPlates(facts: CargoNoticeFacts, language: Language): string | null {
  if (!facts.vehiclePlate) {
    return null;
  }
  return facts.trailerPlate
    ? `${facts.vehiclePlate}, ${LABELS[language].trailer} ${facts.trailerPlate}`
    : facts.vehiclePlate;
}

/**
 * Summarizes the goods as the gross weight in tonnes and the first line's description, such as
 * `30,1505 tấn – Phân bón NPK 16-16-8 (và 1 dòng hàng khác)`. Only the separator of the decimal
 * string changes, so the weight is never rounded through a float.
 */
export function goodsSummaryText(facts: CargoNoticeFacts, language: Language): string | null {
  if (!facts.firstGoodsDescription) {
    return null;
  }
  const labels = LABELS[language];
  const tonnes = facts.grossWeightTonnes.replace('.', DECIMAL_SEPARATORS[language]);
  const more = facts.goodsLineCount > 1 ? ` (${labels.moreLines(facts.goodsLineCount - 1)})` : '';
  return `${tonnes} ${labels.tonnes} – ${facts.firstGoodsDescription}${more}`;
}

/**
 * Lists the consignment, one labelled line per fact: company, truck, direction, goods, driver and
 * planned arrival in the gate's time zone. A fact the declaration lacks is left out.
 */
export function cargoFactLines(
  facts: CargoNoticeFacts,
  crossing: { direction: Direction; timeZone: string },
  language: Language,
): string[] {
  const labels = LABELS[language];
  const separator = language === 'km' ? '៖ ' : ': ';
  const entries: [string, string | null][] = [
    [labels.company, facts.businessName],
    [labels.truck, truckPlates(facts, language)],
    [labels.direction, cargoDirectionLabel(crossing.direction, language)],
    [labels.goods, goodsSummaryText(facts, language)],
    [labels.driver, facts.driverName],
    [
      labels.plannedArrival,
      facts.plannedArrivalAt ? formatGateTime(facts.plannedArrivalAt, crossing.timeZone) : null,
    ],
  ];
  return entries.flatMap(([label, value]) => (value ? [`${label}${separator}${value}`] : []));
}
