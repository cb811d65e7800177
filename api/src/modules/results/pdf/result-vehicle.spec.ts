import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { renderResultPdf } from './render-result-pdf';
import type { ResultPdfData, ResultPdfVehicle } from './result-pdf-data';
import { printablePlate } from './result-vehicle';

const run = promisify(execFile);

function resultWith(vehicle?: ResultPdfVehicle): ResultPdfData {
  return {
    resultNumber: 'LT-2026-000043',
    issuedAt: new Date('2026-12-05T02:00:00Z'),
    validFrom: '2026-12-06',
    validUntil: '2026-12-08',
    gate: { code: 'LT', nameVi: 'Cửa khẩu quốc tế Lệ Thanh', nameEn: 'Lệ Thanh International Border Gate' },
    direction: 'exit',
    plannedCrossingDate: '2026-12-06',
    purpose: { nameVi: 'Làm việc', nameEn: 'Work' },
    travellers: [
      {
        fullName: 'Nguyễn Văn An',
        sex: 'male',
        dateOfBirth: '1988-04-30',
        nationality: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
        documentType: { nameVi: 'Hộ chiếu', nameEn: 'Passport' },
        documentNumber: 'C1234567',
        documentExpiryDate: '2030-01-31',
      },
    ],
    ...(vehicle ? { vehicle } : {}),
    officerName: 'Rơ Châm Hyun',
    verificationUrl: 'http://localhost:4200/verify/token',
  };
}

describe('result PDF vehicle line', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'result-vehicle-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function renderedText(data: ResultPdfData, name: string): Promise<string> {
    const file = path.join(folder, name);
    await writeFile(file, await renderResultPdf(data));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout;
  }

  it('prints the kind, plate and plate country', async () => {
    const vehicle: ResultPdfVehicle = {
      kind: 'car',
      plateNumber: '81A-123.45',
      plateCountry: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
    };

    const text = await renderedText(resultWith(vehicle), 'car.pdf');

    expect(text).toContain('Phương tiện / Vehicle');
    expect(text).toContain('Ô tô / Car');
    expect(text).toContain('Biển số / Plate number');
    expect(text).toContain('81A-123.45');
    expect(text).toContain('Việt Nam / Viet Nam (VNM)');
  });

  it('prints no vehicle line without a vehicle', async () => {
    const text = await renderedText(resultWith(), 'no-vehicle.pdf');

    expect(text).not.toContain('Biển số / Plate number');
  });

  it('prints the Latin part of a Khmer plate', async () => {
    const vehicle: ResultPdfVehicle = {
      kind: 'motorbike',
      plateNumber: 'រតនគិរី 1A-2345',
      plateCountry: { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia' },
    };

    const text = await renderedText(resultWith(vehicle), 'khmer.pdf');

    expect(text).toContain('Xe máy / Motorbike');
    expect(text).toContain('1A-2345');
    expect(text).not.toContain('រតនគិរី');
  });
});

describe('printablePlate', () => {
  const cases: [string, string][] = [
    ['81A-123.45', '81A-123.45'],
    ['ភ្នំពេញ 2A-1234', '2A-1234'],
    ['ភ្នំពេញ', '-'],
  ];
  for (const [plate, expected] of cases) {
    it(`prints "${plate}" as "${expected}"`, () => {
      expect(printablePlate(plate)).toBe(expected);
    });
  }
});
