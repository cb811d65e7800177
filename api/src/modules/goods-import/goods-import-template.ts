import { GOODS_IMPORT_COLUMNS, type GoodsImportField } from '@smartgate/shared-models';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** Languages of the template headers; the import reads both. */
export type TemplateLanguage = 'vi' | 'en';

/**
 * The example row: a truck of dried cassava chips (AHTN 0714.10.11) from Cambodia, the most
 * common import at the gate. Numbers are written without thousands separators.
 */
const EXAMPLE_ROW: Readonly<Record<GoodsImportField, string | number>> = {
  hsCode: '0714.10.11',
  description: 'Sắn lát khô / Dried cassava chips',
  quantity: 28400,
  unitCode: 'kg',
  netWeightKg: 28400,
  grossWeightKg: 28550.5,
  value: 7100,
  currency: 'USD',
  originCountry: 'KHM',
};

/** Column widths of the XLSX template, in characters. */
const COLUMN_WIDTHS: Readonly<Record<GoodsImportField, number>> = {
  hsCode: 14,
  description: 40,
  quantity: 12,
  unitCode: 12,
  netWeightKg: 22,
  grossWeightKg: 24,
  value: 12,
  currency: 10,
  originCountry: 18,
};

function headers(language: TemplateLanguage): string[] {
  return GOODS_IMPORT_COLUMNS.map((column) => (language === 'vi' ? column.headerVi : column.headerEn));
}

/** Writes a number of the example in the CSV's decimal convention. */
function csvValue(value: string | number, decimalComma: boolean): string {
  return typeof value === 'number' && decimalComma ? String(value).replace('.', ',') : String(value);
}

/**
 * Builds the CSV template: UTF-8 with a byte-order mark, so that Excel reads the Vietnamese
 * headers correctly. The Vietnamese template is separated by `;` with decimal commas, as Excel
 * writes CSV under Vietnamese regional settings; the English one by `,` with decimal dots.
 */
export function goodsImportCsvTemplate(language: TemplateLanguage): Buffer {
  const decimalComma = language === 'vi';
  const example = GOODS_IMPORT_COLUMNS.map(({ field }) => csvValue(EXAMPLE_ROW[field], decimalComma));
  const csv = Papa.unparse([headers(language), example], {
    delimiter: decimalComma ? ';' : ',',
    newline: '\r\n',
  });
  return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8');
}

/**
 * Builds the XLSX template: one sheet with a bold, frozen header row, column widths, the HS
 * code column formatted as text (so Excel keeps its leading zero) and the example row.
 */
export async function goodsImportXlsxTemplate(language: TemplateLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SmartGate';
  const sheet = workbook.addWorksheet(language === 'vi' ? 'Hàng hóa' : 'Goods', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });

  sheet.columns = GOODS_IMPORT_COLUMNS.map(({ field }, index) => ({
    header: headers(language)[index],
    key: field,
    width: COLUMN_WIDTHS[field],
    style: field === 'hsCode' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(EXAMPLE_ROW);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
