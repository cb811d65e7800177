import type { DeclarationView, GoodsImportResult, Problem } from '@smartgate/shared-models';
import ExcelJS from 'exceljs';
import { QueryTypes } from 'sequelize';

import { CSRF_HEADER } from '../../lib/csrf';
import type { ApiClient } from '../../test/api-client';
import { testEnvironment } from '../../test/test-environment';
import {
  BUSINESSES,
  cargoDeclaration,
  cargoMember,
  ensureGoodsReference,
  type CargoMember,
} from '../cargo-attachments/cargo-attachment.fixtures';
import { PDF_BYTES } from '../traveller-photos/photo-fixtures';

const BOM = '\uFEFF';

/**
 * A CSV as Excel writes it under Vietnamese regional settings: a byte-order mark, semicolons,
 * decimal commas, a description with a line break inside quotes, and a bad row (row 4, whose
 * gross weight is below its net weight) among good ones.
 */
const ISSUE_CSV = [
  'Mã HS;Mô tả hàng hóa;Số lượng;Đơn vị tính;Trọng lượng tịnh (kg);Trọng lượng cả bì (kg);Trị giá;Loại tiền;Xuất xứ',
  '0714.10.11;"Sắn lát khô\nđóng bao 50 kg";28400;kg;28400;28550,5;7100;USD;KHM',
  '07141011;Sắn lát khô loại 2;0,1;kg;0,1;0,2;10,25;usd;Campuchia',
  '07141011;Sắn lát khô loại 3;100;kg;100;90;25;USD;KHM',
  '07141011;"Sắn; lát";1.250;kg;1.250,5;1.300;300;USD;KH',
].join('\r\n');

function importUrl(member: CargoMember, declarationId: string): string {
  return `${BUSINESSES}/${member.businessId}/cargo-declarations/${declarationId}/goods-import`;
}

function postFile(client: ApiClient, url: string, bytes: Buffer, fileName: string, language = 'vi') {
  return client.agent
    .post(url)
    .set(CSRF_HEADER, client.csrfToken)
    .set('Accept-Language', language)
    .attach('file', bytes, { filename: fileName });
}

async function goodsLineCount(declarationId: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: string }>(
    'SELECT count(*) AS count FROM declaration_goods_lines WHERE declaration_id = :declarationId',
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return Number(row.count);
}

/** Builds an XLSX workbook whose first sheet has the given rows, the first being the header. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Goods');
  for (const row of rows) {
    sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const EN_HEADER = [
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

function problemError(body: unknown) {
  return (body as Problem).errors?.[0];
}

describe('goods import', () => {
  let member: CargoMember;
  let declarationId: string;
  let url: string;

  beforeAll(async () => {
    await ensureGoodsReference();
  });

  beforeEach(async () => {
    member = await cargoMember('vi');
    declarationId = await cargoDeclaration(member);
    url = importUrl(member, declarationId);
  });

  it('reads the CSV of the issue and reports its bad row', async () => {
    const response = await postFile(
      member.client,
      `${url}?apply=true&version=1`,
      Buffer.from(BOM + ISSUE_CSV),
      'hang.csv',
    ).expect(200);

    const result = response.body as GoodsImportResult;
    expect(result.lines.length).toBe(3);
    expect(result.lines[0]).toEqual({
      hsCode: '07141011',
      description: 'Sắn lát khô\nđóng bao 50 kg',
      quantity: '28400',
      unitCode: 'kg',
      netWeightKg: '28400',
      grossWeightKg: '28550.5',
      value: '7100',
      currency: 'USD',
      originCountry: 'KHM',
    });
    expect([result.lines[1].netWeightKg, result.lines[1].value, result.lines[1].originCountry]).toEqual([
      '0.1',
      '10.25',
      'KHM',
    ]);
    expect([result.lines[2].description, result.lines[2].quantity, result.lines[2].netWeightKg]).toEqual([
      'Sắn; lát',
      '1250',
      '1250.5',
    ]);
    expect(result.rejectedRows.length).toBe(1);
    expect(result.rejectedRows[0].row).toBe(4);
    expect(result.rejectedRows[0].field).toBe('grossWeightKg');
    expect(result.rejectedRows[0].column).toBe('Trọng lượng cả bì (kg)');
    expect(result.rejectedRows[0].message).toContain('không được nhỏ hơn');
    expect(result.applied).toBeFalse();
    expect(await goodsLineCount(declarationId)).toBe(0);
  });

  it('writes reasons in English on request', async () => {
    const response = await postFile(
      member.client,
      url,
      Buffer.from(BOM + ISSUE_CSV),
      'goods.csv',
      'en',
    ).expect(200);

    expect((response.body as GoodsImportResult).rejectedRows[0].message).toContain('Gross weight (kg)');
  });

  it('applies a clean file in one step at the draft version', async () => {
    const clean = ISSUE_CSV.split('\r\n')
      .filter((_line, index) => index !== 3)
      .join('\r\n');

    const response = await postFile(
      member.client,
      `${url}?apply=true&version=1`,
      Buffer.from(clean),
      'hang.csv',
    ).expect(200);

    const result = response.body as GoodsImportResult;
    expect(result.applied).toBeTrue();
    expect(result.version).toBe(2);
    expect(await goodsLineCount(declarationId)).toBe(3);
    const stale = await postFile(
      member.client,
      `${url}?apply=true&version=1`,
      Buffer.from(clean),
      'hang.csv',
    );
    expect(stale.status).toBe(409);
    expect(await goodsLineCount(declarationId)).toBe(3);
  });

  it('asks for the version when applying', async () => {
    const response = await postFile(
      member.client,
      `${url}?apply=true`,
      Buffer.from(ISSUE_CSV),
      'hang.csv',
    ).expect(400);

    expect(problemError(response.body)?.path).toBe('version');
  });

  it('reads an XLSX workbook with numbers and text', async () => {
    const book = await workbook([
      EN_HEADER,
      ['0714.10.11', 'Dried cassava chips', 28400, 'Kilogram', 28400, 28550.5, 7100, 'USD', 'Cambodia'],
      [7141011, 'Dried cassava, second lot', '0.1', 'kg', 0.1, 0.2, '12.5', 'USD', 'KHM'],
    ]);

    const response = await postFile(member.client, url, book, 'goods.xlsx').expect(200);

    const result = response.body as GoodsImportResult;
    expect(result.rejectedRows).toEqual([]);
    expect(
      result.lines.map((line) => [line.hsCode, line.unitCode, line.netWeightKg, line.originCountry]),
    ).toEqual([
      ['07141011', 'kg', '28400', 'KHM'],
      ['07141011', 'kg', '0.1', 'KHM'],
    ]);
  });

  it('reports bad XLSX cells with their row and column', async () => {
    const book = await workbook([
      EN_HEADER,
      ['07141011', 'Dried cassava chips', 100, 'kg', 100, 110, 25, 'USD', 'KHM'],
      ['07141011', 'Formula without value', 100, 'kg', { formula: 'E2*2' }, 220, 50, 'USD', 'KHM'],
      ['9999.99.99', 'Unknown code', -1, 'barrels', 10, 11, 5, 'USD', 'Atlantis'],
    ]);

    const response = await postFile(member.client, url, book, 'goods.xlsx', 'en').expect(200);

    const result = response.body as GoodsImportResult;
    expect(result.lines.length).toBe(1);
    const reasons = result.rejectedRows.map((row) => [row.row, row.field, row.column]);
    expect(reasons).toEqual([
      [3, 'netWeightKg', 'Net weight (kg)'],
      [4, 'unitCode', 'Unit'],
      [4, 'originCountry', 'Country of origin'],
      [4, 'quantity', 'Quantity'],
    ]);
    expect(result.rejectedRows[0].message).toContain('formula');
    expect(result.rejectedRows[2].message).toContain('"Atlantis"');
  });

  it('reports an HS code that does not exist', async () => {
    const book = await workbook([EN_HEADER, ['9999.99.99', 'Unknown', 1, 'kg', 1, 1, 1, 'USD', 'KHM']]);

    const response = await postFile(member.client, url, book, 'goods.xlsx', 'en').expect(200);

    const rejected = (response.body as GoodsImportResult).rejectedRows;
    expect(rejected.map((row) => [row.row, row.field])).toEqual([[2, 'hsCode']]);
  });

  it('rejects an 8-digit HS code that is not selectable', async () => {
    const { sequelize } = testEnvironment();
    const book = await workbook([
      EN_HEADER,
      ['0714.10.11', 'Dried cassava chips', 10, 'kg', 10, 11, 5, 'USD', 'KHM'],
      ['3105.20.00', 'NPK 16-16-8', 600, 'kg', 600, 610, 900, 'USD', 'VNM'],
    ]);
    await sequelize.query(`UPDATE hs_codes SET selectable = false WHERE code = '31052000'`);

    try {
      const response = await postFile(
        member.client,
        `${url}?apply=true&version=1`,
        book,
        'goods.xlsx',
        'en',
      ).expect(200);

      const result = response.body as GoodsImportResult;
      expect(result.rejectedRows.map((row) => [row.row, row.field, row.column])).toEqual([
        [3, 'hsCode', 'HS code'],
      ]);
      expect(result.rejectedRows[0].message).toBe(
        'HS code: this code is a heading, not a tariff line. Please choose an 8-digit line under it.',
      );
      expect(result.lines.map((line) => line.hsCode)).toEqual(['07141011']);
      expect(result.applied).toBeFalse();
      expect(await goodsLineCount(declarationId)).toBe(0);
    } finally {
      await sequelize.query(`UPDATE hs_codes SET selectable = true WHERE code = '31052000'`);
    }
  });

  it('checks the HS codes again when applying, after an administrator’s change', async () => {
    const { sequelize } = testEnvironment();
    const book = await workbook([
      EN_HEADER,
      ['3105.20.00', 'NPK 16-16-8', 600, 'kg', 600, 610, 900, 'USD', 'VNM'],
    ]);
    await postFile(member.client, url, book, 'goods.xlsx', 'en').expect(200);
    await sequelize.query(`UPDATE hs_codes SET control = 'prohibited' WHERE code = '31052000'`);

    try {
      const response = await postFile(
        member.client,
        `${url}?apply=true&version=1`,
        book,
        'goods.xlsx',
        'en',
      ).expect(200);

      const result = response.body as GoodsImportResult;
      expect(result.rejectedRows.map((row) => [row.row, row.field])).toEqual([[2, 'hsCode']]);
      expect(result.applied).toBeFalse();
      expect(await goodsLineCount(declarationId)).toBe(0);
    } finally {
      await sequelize.query(`UPDATE hs_codes SET control = NULL WHERE code = '31052000'`);
    }
  });

  it('stores applied lines that the cargo draft reads back unchanged', async () => {
    const book = await workbook([
      EN_HEADER,
      ['0714.10.11', 'Dried cassava', 28400, 'kg', 28400, '28550,5', 7100, 'USD', 'KHM'],
    ]);

    await postFile(member.client, `${url}?apply=true&version=1`, book, 'goods.xlsx', 'en').expect(200);

    const view = await member.client
      .get(`${BUSINESSES}/${member.businessId}/cargo-declarations/${declarationId}`)
      .expect(200);
    const { cargo, version } = view.body as DeclarationView;
    expect(version).toBe(2);
    expect(cargo?.goodsLines).toEqual([
      {
        hsCode: '07141011',
        description: 'Dried cassava',
        quantity: '28400',
        unitCode: 'kg',
        netWeightKg: '28400',
        grossWeightKg: '28550.5',
        value: '7100',
        currency: 'USD',
        originCountry: 'KHM',
      },
    ]);
  });

  it('rejects more than 200 goods lines', async () => {
    const row = '07141011,Dried cassava,1,kg,1,1,1,USD,KHM';
    const csv = [EN_HEADER.join(','), ...Array.from({ length: 201 }, () => row)].join('\n');

    const response = await postFile(member.client, url, Buffer.from(csv), 'goods.csv', 'en').expect(422);

    expect(problemError(response.body)?.code).toBe('goodsImportTooManyRows');
    expect(problemError(response.body)?.message).toContain('201');
  });

  it('rejects a PDF named .csv with 415', async () => {
    const response = await postFile(member.client, url, PDF_BYTES, 'goods.csv').expect(415);

    expect(problemError(response.body)?.code).toBe('goodsImportFileType');
  });

  it('rejects an empty file', async () => {
    const empty = await postFile(member.client, url, Buffer.alloc(0), 'goods.csv').expect(422);
    const headerOnly = await postFile(
      member.client,
      url,
      Buffer.from(`${EN_HEADER.join(',')}\n\n`),
      'goods.csv',
    ).expect(422);

    expect(problemError(empty.body)?.code).toBe('goodsImportEmpty');
    expect(problemError(headerOnly.body)?.code).toBe('goodsImportEmpty');
  });

  it('rejects a CSV that is not UTF-8', async () => {
    const windows1258 = Buffer.from([
      ...Buffer.from(`${EN_HEADER.join(',')}\n07141011,S`),
      0xe1,
      0xba,
      ...Buffer.from(',1,kg,1,1,1,USD,KHM\n'),
    ]);

    const response = await postFile(member.client, url, windows1258, 'goods.csv').expect(422);

    expect(problemError(response.body)?.code).toBe('goodsImportNotUtf8');
  });

  it('names the missing columns', async () => {
    const response = await postFile(
      member.client,
      url,
      Buffer.from('HS code,Quantity\n07141011,1\n'),
      'goods.csv',
      'en',
    ).expect(422);

    expect(problemError(response.body)?.code).toBe('csvColumnsMissing');
    expect(problemError(response.body)?.message).toContain('Net weight (kg)');
  });

  it('hides another company’s declaration with 404', async () => {
    const other = await cargoMember('vi');

    await postFile(other.client, url, Buffer.from(ISSUE_CSV), 'hang.csv').expect(404);
    const otherDeclaration = await cargoDeclaration(other);
    await postFile(
      member.client,
      importUrl(other, otherDeclaration),
      Buffer.from(ISSUE_CSV),
      'hang.csv',
    ).expect(404);
  });

  it('serves the templates in both languages', async () => {
    const csv = await member.client.get('/api/reference/goods-import-template.csv?lang=vi').expect(200);
    const xlsx = await member.client.agent
      .get('/api/reference/goods-import-template.xlsx')
      .set('Accept-Language', 'en')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

    expect(csv.text.startsWith(`${BOM}Mã HS;Mô tả hàng hóa;`)).toBeTrue();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('HS code');
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getRow(2).getCell(1).value).toBe('0714.10.11');
  });

  it('imports its own templates without rejections', async () => {
    for (const [name, lang] of [
      ['goods-import-template.csv', 'vi'],
      ['goods-import-template.csv', 'en'],
      ['goods-import-template.xlsx', 'vi'],
    ]) {
      const template = await member.client.agent
        .get(`/api/reference/${name}?lang=${lang}`)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });

      const result = (await postFile(member.client, url, template.body as Buffer, name).expect(200))
        .body as GoodsImportResult;

      expect(result.rejectedRows).withContext(`${name} ${lang}`).toEqual([]);
      expect(result.lines[0].grossWeightKg).withContext(`${name} ${lang}`).toBe('28550.5');
    }
  });
});
