import {
  CargoDeclaration,
  CargoDeclarationDraft,
  arrivalLocalDate,
  checkTrailerPlate,
} from './cargo-declaration';
import { addDaysToDateOnly, todayInTimeZone } from './date-only';

const today = todayInTimeZone();
const inThreeDays = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();

const DRIVER = {
  fullName: 'Rơ Mah Hlim',
  sex: 'male',
  dateOfBirth: '1985-04-12',
  nationality: 'VNM',
  documentType: 'passport',
  documentNumber: 'C1234567',
  documentExpiryDate: addDaysToDateOnly(today, 400),
};

/** An import of dried cassava chips on a Vietnamese truck with a trailer. */
function cassavaImport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gateCode: 'lt',
    direction: 'entry',
    plannedArrivalAt: inThreeDays,
    counterpart: { name: 'Ratanakiri Agro Co., Ltd.', address: 'Banlung, Ratanakiri', country: 'KHM' },
    vehicle: {
      kind: 'tractor_unit',
      plateCountry: 'VNM',
      plateNumber: '81c 123 45',
      transportLicenceNumber: 'VN-KH 012345',
      transportLicenceExpiry: addDaysToDateOnly(today, 90),
    },
    trailer: { plateCountry: 'VNM', plateNumber: '81R01234' },
    travellers: [DRIVER],
    goodsLines: [
      {
        hsCode: '0714.10.11',
        description: 'Sắn lát khô',
        quantity: '28400',
        unitCode: 'kg',
        netWeightKg: '28400',
        grossWeightKg: '28650',
        value: '5680',
        currency: 'USD',
        originCountry: 'KHM',
      },
    ],
    ...overrides,
  };
}

function issuesOf(input: unknown): { path: string; message: string; params?: unknown }[] {
  const result = CargoDeclaration.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        ...('params' in issue && issue.params ? { params: issue.params } : {}),
      }));
}

describe('CargoDeclaration', () => {
  it('accepts a complete import and writes plates as printed', () => {
    const parsed = CargoDeclaration.parse(cassavaImport());

    expect(parsed.gateCode).toBe('LT');
    expect(parsed.vehicle.plateNumber).toBe('81C-123.45');
    expect(parsed.trailer?.plateNumber).toBe('81R-012.34');
    expect(parsed.goodsLines[0].hsCode).toBe('07141011');
  });

  it('refuses a Vietnamese trailer plate outside series R', () => {
    const issues = issuesOf(cassavaImport({ trailer: { plateCountry: 'VNM', plateNumber: '81C-123.45' } }));

    expect(issues).toEqual([{ path: 'trailer.plateNumber', message: 'invalidTrailerPlate' }]);
  });

  it('refuses series R on the truck itself', () => {
    const vehicle = { kind: 'truck', plateCountry: 'VNM', plateNumber: '81R-012.34' };

    expect(issuesOf(cassavaImport({ vehicle }))).toEqual([
      { path: 'vehicle.plateNumber', message: 'trailerSeriesOnVehicle' },
    ]);
  });

  it('accepts a Cambodian plate as free text in Khmer and Latin', () => {
    const vehicle = { kind: 'truck', plateCountry: 'KHM', plateNumber: 'រតនគិរី 3A-1234' };
    const parsed = CargoDeclaration.parse(cassavaImport({ vehicle, trailer: undefined }));

    expect(parsed.vehicle.plateNumber).toBe('រតនគិរី 3A-1234');
  });

  it('refuses an expired transport licence and names its date', () => {
    const expiry = addDaysToDateOnly(today, -2);
    const [year, month, day] = expiry.split('-');
    const vehicle = { ...(cassavaImport()['vehicle'] as object), transportLicenceExpiry: expiry };

    expect(issuesOf(cassavaImport({ vehicle }))).toEqual([
      {
        path: 'vehicle.transportLicenceExpiry',
        message: 'transportLicenceExpired',
        params: { date: `${day}/${month}/${year}` },
      },
    ]);
  });

  it('refuses a licence that ends before the planned arrival', () => {
    const vehicle = { ...(cassavaImport()['vehicle'] as object), transportLicenceExpiry: today };

    expect(issuesOf(cassavaImport({ vehicle })).map((issue) => issue.message)).toEqual([
      'transportLicenceExpired',
    ]);
  });

  it('needs a driver and at least one goods line, and at most 2 crew', () => {
    const messages = (input: Record<string, unknown>) =>
      issuesOf(cassavaImport(input)).map((issue) => issue.message);

    expect(messages({ travellers: [] })).toEqual(['noDriver']);
    expect(messages({ goodsLines: [] })).toEqual(['noGoodsLines']);
    expect(messages({ travellers: [DRIVER, DRIVER, DRIVER, DRIVER] })).toEqual(['tooManyCrew']);
  });

  it('refuses an arrival without its offset, which would be read in an unknown time zone', () => {
    expect(issuesOf(cassavaImport({ plannedArrivalAt: '2030-01-01T08:00' }))).toEqual([
      { path: 'plannedArrivalAt', message: 'invalidDateTime' },
    ]);
  });

  it('stores the arrival in UTC and counts its date in Vietnam', () => {
    const tomorrow = addDaysToDateOnly(today, 1);
    const parsed = CargoDeclaration.parse(cassavaImport({ plannedArrivalAt: `${tomorrow}T06:30:00+07:00` }));

    expect(parsed.plannedArrivalAt).toBe(`${today}T23:30:00.000Z`);
    expect(arrivalLocalDate(parsed.plannedArrivalAt)).toBe(tomorrow);
  });
});

describe('checkTrailerPlate', () => {
  it('reads a Vietnamese semi-trailer plate with series R', () => {
    expect(checkTrailerPlate('81-R 012.34', 'VNM')).toEqual({ display: '81R-012.34' });
  });

  it('keeps a Cambodian trailer plate as typed', () => {
    expect(checkTrailerPlate('ភ្នំពេញ 3B-5678', 'KHM')).toEqual({ display: 'ភ្នំពេញ 3B-5678' });
  });
});

describe('CargoDeclarationDraft', () => {
  it('accepts an almost empty draft', () => {
    const draft = CargoDeclarationDraft.parse({ gateCode: 'LT', vehicle: { plateNumber: '' } });

    expect(draft.goodsLines).toEqual([]);
    expect(draft.travellers).toEqual([]);
  });

  it('still checks a filled field', () => {
    const result = CargoDeclarationDraft.safeParse({ goodsLines: [{ quantity: '-1' }] });

    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['goodsLines.0.quantity']);
  });
});
