import type { GoodsImportResult, Problem } from '@smartgate/shared-models';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

import { CSRF_HEADER } from '../../lib/csrf';
import {
  BUSINESSES,
  cargoDeclaration,
  cargoMember,
  ensureGoodsReference,
} from '../cargo-attachments/cargo-attachment.fixtures';
import { MAX_UNPACKED_WORKBOOK_BYTES, unpacksWithin } from './goods-import-zip';

const HEADER = [
  'HS code',
  'Description of the goods',
  'Quantity',
  'Unit',
  'Net weight (kg)',
  'Gross weight (kg)',
  'Value',
  'Currency',
  'Country of origin',
];
const LINE = ['0714.10.11', 'Dried cassava chips', 28400, 'kg', 28400, 28550.5, 7100, 'USD', 'KHM'];

/** A goods workbook of one line, as Excel would save it. */
async function goodsWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Goods');
  sheet.addRow(HEADER);
  sheet.addRow(LINE);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The same workbook with `padding` bytes of white space inside its sheet, which XML readers skip:
 * a few kilobytes of ZIP that unpack to megabytes, as a zip bomb does on a larger scale.
 */
async function paddedWorkbook(padding: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await goodsWorkbook());
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const sheet = await zip.file(sheetPath)!.async('string');
  zip.file(sheetPath, sheet.replace('</sheetData>', `${' '.repeat(padding)}</sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('goods workbook unpacked size', () => {
  it('passes an ordinary workbook', async () => {
    expect(await unpacksWithin(await goodsWorkbook())).toBeTrue();
  });

  it('stops at the unpacked limit', async () => {
    const bytes = await paddedWorkbook(2 * 1024 * 1024);

    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(await unpacksWithin(bytes, 1024 * 1024)).toBeFalse();
  });

  it('rejects importing a zip bomb', async () => {
    await ensureGoodsReference();
    const member = await cargoMember('en');
    const declarationId = await cargoDeclaration(member);
    const url = `${BUSINESSES}/${member.businessId}/cargo-declarations/${declarationId}/goods-import`;
    const post = async (bytes: Buffer) =>
      member.client.agent
        .post(url)
        .set(CSRF_HEADER, member.client.csrfToken)
        .attach('file', bytes, { filename: 'goods.xlsx' });

    const small = await post(await paddedWorkbook(1024 * 1024));
    const bomb = await post(await paddedWorkbook(MAX_UNPACKED_WORKBOOK_BYTES + 1));

    expect(small.status).toBe(200);
    expect((small.body as GoodsImportResult).lines.length).toBe(1);
    expect(bomb.status).toBe(422);
    expect((bomb.body as Problem).errors?.[0]).toEqual(
      jasmine.objectContaining({ path: 'file', code: 'goodsImportUnreadable' }),
    );
  });
});
