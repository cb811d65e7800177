import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { demoSigningEnvironment } from '../signing/demo-certificate';
import { loadResultSigner } from '../signing/load-result-signer';
import { cargoResultData, goodsLine } from './cargo-result.fixtures';
import {
  extractText,
  extractWordBoxes,
  overlappingWords,
  pdfsig,
  type WordBox,
} from './pdf-inspection.fixtures';
import { renderResultPdf } from './render-result-pdf';
import { renderSignedResultPdf } from './render-signed-result-pdf';
import type { ResultPdfData } from './result-pdf-data';

/** Right edge of the content area of an A4 page with 48-point margins. */
const RIGHT_EDGE = 595.28 - 48;

const LONG_DESCRIPTION =
  'Hạt điều thô chưa bóc vỏ (Anacardium occidentale), loại một, độ ẩm dưới 10%, đóng bao đay 80 kg, ' +
  'hàng vụ mùa 2026 thu mua tại các huyện Ou Ya Dav, Ban Lung và Bokeo tỉnh Ratanakiri, ' +
  'kèm giấy chứng nhận kiểm dịch thực vật số KH-RTK-2026-004512 do cơ quan kiểm dịch Campuchia cấp';

describe('renderResultPdf for cargo', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'cargo-result-pdf-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function renderToFile(data: ResultPdfData, name: string): Promise<string> {
    const file = path.join(folder, name);
    await writeFile(file, await renderResultPdf(data));
    return file;
  }

  function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ');
  }

  it('prints vehicle, trailer, licence and counterpart', async () => {
    const file = await renderToFile(cargoResultData([goodsLine()]), 'parties.pdf');

    const text = await extractText(file);

    expect(text).toContain('Nhập khẩu / Import');
    expect(text).toContain('06/12/2026 08:30');
    expect(text).toContain('Công ty TNHH Nông sản Đức Cơ');
    expect(text).toContain('0100109106');
    expect(text).toContain('Ratanakiri Agro Trading Co., Ltd.');
    expect(text).toContain('Campuchia / Cambodia (KHM)');
    expect(text).toContain('Xe đầu kéo / Tractor unit');
    expect(text).toContain('81C-123.45');
    expect(text).toContain('81R-012.34');
    expect(text).toContain('VN-KH 0123/2026');
    expect(text).toContain('30/06/2027');
    expect(text).not.toContain('Mục đích / Purpose');
  });

  it('prints the driver and crew with their documents', async () => {
    const file = await renderToFile(cargoResultData([goodsLine()]), 'crew.pdf');

    const text = await extractText(file);

    expect(text).toContain('LÁI XE VÀ NGƯỜI ĐI CÙNG XE / Driver and crew');
    expect(text).toContain('1. Lái xe / Driver');
    expect(text).toContain('2. Phụ xe / Crew member');
    expect(text).toContain('Trần Văn Lộc');
    expect(text).toContain('C7654321');
    expect(text).toContain('Siu Hyum');
  });

  it('prints every goods line and the totals', async () => {
    const lines = [
      goodsLine({ netWeightKg: '0.100', grossWeightKg: '0.100', value: '10.10', currency: 'USD' }),
      goodsLine({
        hsCode: '08013100',
        description: 'Hạt điều thô',
        quantity: '2.500',
        unit: { code: 'tne', nameVi: 'tấn', nameEn: 'tonne' },
        netWeightKg: '0.200',
        grossWeightKg: '0.200',
        value: '20.20',
        currency: 'USD',
        originCountry: 'KHM',
      }),
      goodsLine({ value: '1500000.00', currency: 'VND' }),
    ];
    const file = await renderToFile(cargoResultData(lines.slice(0, 2)), 'totals.pdf');
    const mixed = await renderToFile(cargoResultData(lines), 'currencies.pdf');

    const text = oneLine(await extractText(file));
    const mixedText = oneLine(await extractText(mixed));

    expect(text).toContain('0714.10.11');
    expect(text).toContain('0801.31.00');
    expect(text).toContain('Sắn lát khô');
    expect(text).toContain('Hạt điều thô');
    expect(text).toContain('2.5 tấn / tonne');
    expect(text).toContain('1000 bao / bag');
    expect(text).toContain('Tổng khối lượng tịnh / Total net weight');
    expect(text).toContain('0.3 kg (0.0003 t)');
    expect(text).toContain('30.3 USD');
    expect(text).not.toContain('0.30000000000000004');
    expect(mixedText).toContain('30.3 USD; 1500000 VND');
    expect(mixedText).toContain('14000.3 kg (14.0003 t)');
  });

  it('wraps long descriptions and names without overlap', async () => {
    const data = cargoResultData(
      Array.from({ length: 12 }, (_, index) =>
        goodsLine({ description: `${LONG_DESCRIPTION} ${index + 1}`, value: '123456789012345.67' }),
      ),
    );
    data.cargo!.business!.name =
      'Công ty Cổ phần Xuất nhập khẩu Nông lâm sản và Vật tư Nông nghiệp Tổng hợp Đức Cơ – Chư Prông – Ia Grai';
    data.cargo!.counterpart.name = `${'Ratanakiri Agro-Industrial Trading and Logistics Company Limited '.repeat(3)}`;
    const file = await renderToFile(data, 'long.pdf');

    const words = await extractWordBoxes(file);
    const text = oneLine(await extractText(file));

    expect(overlappingWords(words)).toEqual([]);
    expect(words.filter((word) => word.xMax > RIGHT_EDGE + 0.5).map((word) => word.text)).toEqual([]);
    for (let index = 1; index <= 12; index++) {
      expect(text).toContain(`${LONG_DESCRIPTION} ${index}`);
    }
    expect(text).toContain(data.cargo!.business!.name);
  });

  it('paginates 200 lines and repeats the header', async () => {
    const lines = Array.from({ length: 200 }, (_, index) =>
      goodsLine({
        description: `Sắn lát khô lô ${index + 1}`,
        netWeightKg: '100.001',
        grossWeightKg: '101.000',
      }),
    );
    const file = await renderToFile(cargoResultData(lines), 'many.pdf');

    const words = await extractWordBoxes(file);
    const text = oneLine(await extractText(file));

    const pages = new Set(words.map((word) => word.page));
    const goodsPages = new Set(words.filter((word) => word.text === 'lô').map((word: WordBox) => word.page));
    const headerPages = words.filter((word) => word.text === 'Description').map((word) => word.page);
    expect(pages.size).toBeGreaterThan(3);
    expect(headerPages).toEqual([...goodsPages]);
    for (let index = 1; index <= 200; index++) {
      expect(text).toContain(`Sắn lát khô lô ${index} `);
    }
    expect(text).toContain('20000.2 kg (20.0002 t)');
    expect(overlappingWords(words)).toEqual([]);
  });

  it('signs a cargo result that pdfsig accepts', async () => {
    const environment = demoSigningEnvironment();
    const signer = loadResultSigner({
      p12Path: environment.RESULT_SIGNING_P12_PATH,
      password: environment.RESULT_SIGNING_P12_PASSWORD,
    });
    const file = path.join(folder, 'signed.pdf');
    await writeFile(file, await renderSignedResultPdf(cargoResultData([goodsLine()]), signer));

    const report = await pdfsig(file);

    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
  });
});
