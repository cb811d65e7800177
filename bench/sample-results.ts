import { randomBytes } from 'node:crypto';

import type { ResultPdfData, ResultPdfTraveller } from '../api/src/modules/results/pdf/result-pdf-data';

const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Rơ Châm',
  'Siu',
];
const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Bảo', 'Phương'];
const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hạnh',
  'Hương',
  'Khánh',
  'Linh',
  'Mỵ',
  'Nguyệt',
  'Thiện',
  'Yến',
];

/** Picks the entry of `list` that `seed` selects, so a run prints a spread of names. */
function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length];
}

function travellerName(index: number): string {
  return [
    pick(FAMILY_NAMES, index),
    pick(MIDDLE_NAMES, index * 7 + 3),
    pick(GIVEN_NAMES, index * 11 + 5),
  ].join(' ');
}

function traveller(index: number): ResultPdfTraveller {
  return {
    fullName: travellerName(index),
    sex: index % 2 === 0 ? 'male' : 'female',
    dateOfBirth: `19${60 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}`,
    nationality: { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
    documentType: { nameVi: 'Hộ chiếu', nameEn: 'Passport' },
    documentNumber: `C${String(1_000_000 + index * 7919).slice(-7)}`,
    documentExpiryDate: '2031-06-30',
  };
}

/**
 * Builds the data of a one-page result with one traveller: every document has its own
 * number, name, document number and verification token, as real results do, so no cache
 * can serve a document from an earlier one.
 */
export function sampleResult(index: number, publicBaseUrl = 'https://smartgate.example.vn'): ResultPdfData {
  return {
    resultNumber: `LT-2026-${String(index + 1).padStart(6, '0')}`,
    issuedAt: new Date(Date.UTC(2026, 11, 4, 3, 0, index % 60)),
    validFrom: '2026-12-05',
    validUntil: '2026-12-07',
    gate: { code: 'LT', nameVi: 'Cửa khẩu quốc tế Lệ Thanh', nameEn: 'Lệ Thanh International Border Gate' },
    direction: index % 2 === 0 ? 'exit' : 'entry',
    plannedCrossingDate: '2026-12-05',
    purpose: { nameVi: 'Làm việc', nameEn: 'Work' },
    travellers: [traveller(index)],
    officerName: 'Rơ Châm Hyun',
    verificationUrl: `${publicBaseUrl}/verify/${randomBytes(32).toString('base64url')}`,
  };
}
