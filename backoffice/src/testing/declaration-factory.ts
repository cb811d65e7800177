import type { DeclarationView, Gate, TravelPurpose, Country } from '@smartgate/shared-models';

/** Builds a submitted declaration with a lead traveller and one companion, with any field overridden. */
export function buildDeclaration(overrides: Partial<DeclarationView> = {}): DeclarationView {
  return {
    id: '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11',
    status: 'submitted',
    version: 3,
    referenceCode: 'LT-7K3Q-9C2M',
    data: {
      gateCode: 'LT',
      direction: 'exit',
      plannedCrossingDate: '2026-12-10',
      purposeCode: 'work',
      travellers: [
        {
          fullName: 'Nguyễn Văn An',
          sex: 'male',
          dateOfBirth: '1985-01-01',
          nationality: 'VNM',
          documentType: 'passport',
          documentNumber: 'C1234567',
          documentExpiryDate: '2030-06-30',
        },
        {
          fullName: 'Nguyễn Trọng Thiện',
          sex: 'male',
          dateOfBirth: '2001-09-15',
          nationality: 'VNM',
          documentType: 'border_pass',
          documentNumber: 'BP000123',
          documentExpiryDate: '2027-03-31',
        },
      ],
    },
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T03:15:00.000Z',
    submittedAt: '2026-12-01T03:15:00.000Z',
    decidedAt: null,
    rejectionReason: null,
    result: null,
    ...overrides,
  };
}

export const TEST_GATES: Gate[] = [
  {
    code: 'LT',
    nameVi: 'Cửa khẩu quốc tế Lệ Thanh',
    nameEn: 'Le Thanh International Border Gate',
    facingGateName: 'O Yadav',
    facingProvince: 'Ratanakiri',
    facingCountry: 'KHM',
    submissionOpensDaysBefore: 7,
  },
];

export const TEST_PURPOSES: TravelPurpose[] = [{ code: 'work', nameVi: 'Làm việc', nameEn: 'Work' }];

export const TEST_COUNTRIES: Country[] = [
  { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam' },
  { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia' },
];
