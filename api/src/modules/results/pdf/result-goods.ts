import { CARGO_LABELS } from './cargo-labels';
import { formatDecimal } from './pdf-format';
import { bilingual, bilingualName, type BilingualLabel } from './pdf-labels';
import { drawFieldGrid, drawHeading, type Field } from './pdf-layout';
import { drawTable, type TableColumn } from './pdf-table';
import { formatHsCode, type GoodsTotals } from '@smartgate/shared-models';

import type { ResultPdfGoodsLine } from './result-pdf-data';

/** Header of a table column: Vietnamese above English, so narrow columns stay readable. */
function header(label: BilingualLabel): string {
  return `${label.vi}\n${label.en}`;
}

const GOODS_COLUMNS: TableColumn[] = [
  { header: header(CARGO_LABELS.lineNumber), weight: 20, align: 'right' },
  { header: header(CARGO_LABELS.hsCode), weight: 52 },
  { header: header(CARGO_LABELS.description), weight: 130 },
  { header: header(CARGO_LABELS.quantity), weight: 62, align: 'right' },
  { header: header(CARGO_LABELS.netWeight), weight: 55, align: 'right' },
  { header: header(CARGO_LABELS.grossWeight), weight: 55, align: 'right' },
  { header: header(CARGO_LABELS.value), weight: 78, align: 'right' },
  { header: header(CARGO_LABELS.origin), weight: 34 },
];

function goodsRow(line: ResultPdfGoodsLine, index: number): string[] {
  return [
    String(index + 1),
    formatHsCode(line.hsCode),
    line.description,
    `${formatDecimal(line.quantity)} ${bilingualName(line.unit)}`,
    formatDecimal(line.netWeightKg),
    formatDecimal(line.grossWeightKg),
    `${formatDecimal(line.value)} ${line.currency}`,
    line.originCountry,
  ];
}

function weightText(kilograms: string, tonnes: string): string {
  return `${formatDecimal(kilograms)} kg (${formatDecimal(tonnes)} t)`;
}

function totalsFields(lineCount: number, totals: GoodsTotals): Field[] {
  const values = totals.values.map((total) => `${formatDecimal(total.amount)} ${total.currency}`);

  return [
    { label: bilingual(CARGO_LABELS.lineCount), value: String(lineCount) },
    {
      label: bilingual(CARGO_LABELS.totalNetWeight),
      value: weightText(totals.netWeightKg, totals.netWeightTonnes),
    },
    {
      label: bilingual(CARGO_LABELS.totalGrossWeight),
      value: weightText(totals.grossWeightKg, totals.grossWeightTonnes),
    },
    { label: bilingual(CARGO_LABELS.totalValue), value: values.length > 0 ? values.join('; ') : '-' },
  ];
}

/** Prints the goods lines as a table, a row per line, and their totals under it. */
export function drawGoods(doc: PDFKit.PDFDocument, lines: ResultPdfGoodsLine[], totals: GoodsTotals): void {
  drawHeading(doc, bilingual(CARGO_LABELS.goodsSection), 60);
  drawTable(doc, GOODS_COLUMNS, lines.map(goodsRow));

  drawHeading(doc, bilingual(CARGO_LABELS.totalsSection));
  drawFieldGrid(doc, totalsFields(lines.length, totals), 2);
}
