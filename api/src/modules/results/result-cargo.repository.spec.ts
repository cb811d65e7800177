import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { testEnvironment } from '../../test/test-environment';
import { extractText } from './pdf/pdf-inspection.fixtures';
import { renderResultPdf } from './pdf/render-result-pdf';
import { cassavaLine, makeCargo } from './result-cargo.fixtures';
import { findResult, loadResultPdfData } from './result-document.repository';
import { loadResultCargo } from './result-cargo.repository';
import { approve, insertSubmittedDeclaration } from './results-fixtures';

describe('loadResultCargo', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'result-cargo-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads decimals as strings and totals them exactly', async () => {
    const { sequelize } = testEnvironment();
    const { declarationId } = await insertSubmittedDeclaration(sequelize);
    await makeCargo(sequelize, declarationId, {
      goodsLines: [
        cassavaLine({ netWeightKg: '0.1', grossWeightKg: '0.1', value: '0.1' }),
        cassavaLine({
          hsCode: '08013100',
          description: 'Hạt điều thô',
          netWeightKg: '0.2',
          grossWeightKg: '0.2',
          value: '0.2',
        }),
      ],
    });

    const cargo = await loadResultCargo(sequelize, declarationId);

    expect(cargo?.goodsLines.map((line) => line.netWeightKg)).toEqual(['0.100', '0.200']);
    expect(cargo?.goodsLines.map((line) => line.value)).toEqual(['0.10', '0.20']);
    expect(cargo?.goodsLines[1].hsCode).toBe('08013100');
    expect(cargo?.totals.netWeightKg).toBe('0.3');
    expect(cargo?.totals.grossWeightTonnes).toBe('0.0003');
    expect(cargo?.totals.values).toEqual([{ currency: 'USD', amount: '0.3' }]);
  });

  it('loads business, counterpart, vehicle and trailer', async () => {
    const { sequelize } = testEnvironment();
    const { declarationId } = await insertSubmittedDeclaration(sequelize);
    await makeCargo(sequelize, declarationId);

    const cargo = await loadResultCargo(sequelize, declarationId);

    expect(cargo?.business?.name).toBe('Công ty TNHH Nông sản Đức Cơ');
    expect(cargo?.counterpart.country).toEqual({ code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia' });
    expect(cargo?.vehicle.kind).toBe('tractor_unit');
    expect(cargo?.vehicle.plateNumber).toBe('81C-123.45');
    expect(cargo?.vehicle.transportLicenceNumber).toBe('VN-KH 0123/2026');
    expect(cargo?.vehicle.transportLicenceExpiry).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cargo?.trailer?.plateNumber).toBe('81R-012.34');
    expect(cargo?.goodsLines[0].unit.code).toBe('kg');
  });

  it('returns nothing for a travel declaration', async () => {
    const { sequelize } = testEnvironment();
    const { declarationId } = await insertSubmittedDeclaration(sequelize);

    expect(await loadResultCargo(sequelize, declarationId)).toBeUndefined();
  });

  it('feeds the PDF with the goods and totals', async () => {
    const { sequelize } = testEnvironment();
    const submitted = await insertSubmittedDeclaration(sequelize);
    await makeCargo(sequelize, submitted.declarationId, {
      trailerPlateNumber: null,
      goodsLines: [cassavaLine({ netWeightKg: '0.1' }), cassavaLine({ netWeightKg: '0.2' })],
    });
    const approved = await approve(sequelize, submitted);
    const result = await findResult(sequelize, approved.resultId);

    const data = await loadResultPdfData(sequelize, result!, {
      publicBaseUrl: 'http://localhost:5650',
      dataDir,
    });
    const file = path.join(dataDir, 'cargo.pdf');
    await writeFile(file, await renderResultPdf({ ...data, issuedAt: new Date() }));
    const text = (await extractText(file)).replace(/\s+/g, ' ');

    expect(data.purpose).toBeUndefined();
    expect(data.vehicle).toBeUndefined();
    expect(data.cargo?.trailer).toBeUndefined();
    expect(text).toContain('Nhập khẩu / Import');
    expect(text).toContain('0714.10.11 Sắn lát khô');
    expect(text).toContain('0.3 kg (0.0003 t)');
    expect(text).toContain('Không có rơ moóc / No trailer');
  });
});
