import type { Language } from '@smartgate/shared-models';

import type { CargoNoticeFacts } from './cargo-notice.repository';
import { changesRequestedNotice } from './changes-requested-notice';
import type { DeclarationNoticeData } from './declaration-notice.repository';
import type { MailContent } from './notice-layout';
import { rejectionNotice } from './rejection-notice';
import { resultIssuedNotice } from './result-issued-notice';
import type { ResultIssuedNoticeData } from './result-issued-notice.repository';
import { revocationNotice } from './revocation-notice';
import type { RevocationNoticeData } from './revocation-notice.repository';
import { submissionNotice } from './submission-notice';

const BASE_URL = 'https://smartgate.example.vn';
const BUSINESS_ID = '0b9f7a3e-3c1d-4a53-9f0e-6d1f2c3b4a50';
const DECLARATION_ID = '6f1c2a52-55e4-4c61-9d39-0d3f8c1d2a10';
const CARGO_PAGE = `${BASE_URL}/business/${BUSINESS_ID}/cargo/${DECLARATION_ID}`;

const CARGO: CargoNoticeFacts = {
  businessName: 'Công ty TNHH Nông sản Đức Cơ',
  businessContactEmail: 'lienhe@nongsanducco.vn',
  filerIsMember: true,
  vehiclePlate: '81C-123.45',
  trailerPlate: '81R-012.34',
  grossWeightTonnes: '30.1505',
  firstGoodsDescription: 'Phân bón NPK 16-16-8',
  goodsLineCount: 2,
  driverName: 'Rơ Mah Hlim',
  // 01:30 UTC is 08:30 in Asia/Ho_Chi_Minh.
  plannedArrivalAt: new Date('2026-12-10T01:30:00Z'),
};

const GATE = {
  gateNameVi: 'Cửa khẩu quốc tế Lệ Thanh',
  gateNameEn: 'Lệ Thanh International Border Gate',
  gateNameKm: 'ច្រកព្រំដែនអន្តរជាតិឡេថាញ់',
};

function declarationNotice(language: Language): DeclarationNoticeData {
  return {
    ...GATE,
    declarationId: DECLARATION_ID,
    businessId: BUSINESS_ID,
    status: 'rejected',
    recipient: { email: 'hung@nongsanducco.vn', fullName: 'Phạm Văn Hùng', language },
    referenceCode: 'LT-7K3Q9A',
    direction: 'exit',
    plannedCrossingDate: '2026-12-10',
    travellerCount: 1,
    submittedAt: new Date('2026-12-08T03:00:00Z'),
    resubmitted: false,
    decidedAt: new Date('2026-12-09T02:00:00Z'),
    rejectionReason: 'Thiếu hóa đơn thương mại.',
    timeZone: 'Asia/Ho_Chi_Minh',
    cargo: CARGO,
  };
}

function resultNotice(language: Language): ResultIssuedNoticeData {
  return {
    ...GATE,
    declarationId: DECLARATION_ID,
    businessId: BUSINESS_ID,
    recipient: { email: 'hung@nongsanducco.vn', fullName: 'Phạm Văn Hùng', language },
    referenceCode: 'LT-7K3Q9A',
    resultNumber: 'LT-2026-000042',
    direction: 'exit',
    validFrom: '2026-12-10',
    validUntil: '2026-12-12',
    pdfPath: 'results/x.pdf',
    pdfSha256: '0'.repeat(64),
    timeZone: 'Asia/Ho_Chi_Minh',
    cargo: CARGO,
  };
}

function revokedNotice(language: Language): RevocationNoticeData {
  return {
    ...GATE,
    declarationId: DECLARATION_ID,
    businessId: BUSINESS_ID,
    email: 'hung@nongsanducco.vn',
    fullName: 'Phạm Văn Hùng',
    language,
    resultNumber: 'LT-2026-000042',
    reason: 'Xe không đúng biển số đã khai.',
    revokedAt: new Date('2026-12-10T05:00:00Z'),
    timeZone: 'Asia/Ho_Chi_Minh',
    direction: 'exit',
    cargo: CARGO,
  };
}

/** Writes every cargo notice in a language, keyed by notice. */
function noticesIn(language: Language): Record<string, MailContent> {
  const declaration = declarationNotice(language);
  const changes = {
    round: 1,
    requestedAt: new Date('2026-12-08T04:00:00Z'),
    comment: 'Vui lòng kiểm tra lại.',
    fieldComments: [
      { field: 'travellers.0.documentNumber', comment: 'Sai số giấy tờ.' },
      { field: 'goodsLines.1.grossWeightKg', comment: 'Không khớp phiếu cân.' },
    ],
  };
  return {
    submission: submissionNotice(declaration, BASE_URL),
    changes: changesRequestedNotice(declaration, changes, BASE_URL),
    rejection: rejectionNotice(
      { ...declaration, decidedAt: declaration.decidedAt!, rejectionReason: declaration.rejectionReason! },
      BASE_URL,
    ),
    approval: resultIssuedNotice(resultNotice(language), BASE_URL),
    revocation: revocationNotice(revokedNotice(language), BASE_URL),
  };
}

/** The facts every cargo notice names, as each language writes them. */
const EXPECTED_LINES: Record<Language, string[]> = {
  vi: [
    'Kính gửi Công ty TNHH Nông sản Đức Cơ,',
    'Doanh nghiệp: Công ty TNHH Nông sản Đức Cơ',
    'Xe: 81C-123.45, rơ moóc 81R-012.34',
    'Loại hình: Xuất khẩu',
    'Hàng hóa: 30,1505 tấn – Phân bón NPK 16-16-8 (và 1 dòng hàng khác)',
    'Lái xe: Rơ Mah Hlim',
    'Dự kiến đến cửa khẩu: 10/12/2026 08:30',
  ],
  en: [
    'Dear Công ty TNHH Nông sản Đức Cơ,',
    'Company: Công ty TNHH Nông sản Đức Cơ',
    'Truck: 81C-123.45, trailer 81R-012.34',
    'Direction: Export',
    'Goods: 30.1505 t – Phân bón NPK 16-16-8 (and 1 more goods line)',
    'Driver: Rơ Mah Hlim',
    'Planned arrival at the gate: 10/12/2026 08:30',
  ],
  km: [
    'ជូនចំពោះ Công ty TNHH Nông sản Đức Cơ',
    'ក្រុមហ៊ុន៖ Công ty TNHH Nông sản Đức Cơ',
    'ឡានដឹកទំនិញ៖ 81C-123.45, រ៉ឺម៉ក 81R-012.34',
    'ប្រភេទ៖ នាំចេញ',
    'ទំនិញ៖ 30.1505 តោន – Phân bón NPK 16-16-8 (និងមុខទំនិញ 1 ទៀត)',
    'អ្នកបើកបរ៖ Rơ Mah Hlim',
    'ពេលគ្រោងមកដល់ច្រកព្រំដែន៖ 10/12/2026 08:30',
  ],
};

/** Words of the travellers' notices that a cargo notice must not use. */
const TRAVELLER_WORDS: Record<Language, string[]> = {
  vi: ['người khai chính', 'Số người đi', 'Người khai chính', 'qua cửa khẩu của bạn'],
  en: ['lead traveller', 'Lead traveller', 'Number of travellers', 'every traveller'],
  km: ['អ្នកធ្វើដំណើរចម្បង', 'ចំនួនអ្នកធ្វើដំណើរ'],
};

describe('cargo notices', () => {
  for (const language of ['vi', 'en', 'km'] as const) {
    describe(`in ${language}`, () => {
      for (const [name, mail] of Object.entries(noticesIn(language))) {
        it(`${name} names the consignment and links the cargo page`, () => {
          const lines = mail.text.split('\n');

          for (const expected of EXPECTED_LINES[language]) {
            expect(lines).withContext(`${name}: ${expected}`).toContain(expected);
          }
          expect(mail.subject).toContain('81C-123.45');
          expect(mail.text).toContain(CARGO_PAGE);
          for (const word of TRAVELLER_WORDS[language]) {
            expect(mail.text).withContext(name).not.toContain(word);
          }
        });
      }
    });
  }

  it('labels commented crew fields as the driver’s', () => {
    const { changes } = noticesIn('en');

    expect(changes.text).toContain('- Driver – Document number: Sai số giấy tờ.');
    expect(changes.text).toContain('- Goods line 2 – Gross weight (kg): Không khớp phiếu cân.');
  });

  it('names an import as such', () => {
    const notice = { ...declarationNotice('vi'), direction: 'entry' as const };

    expect(submissionNotice(notice, BASE_URL).text).toContain('Loại hình: Nhập khẩu');
  });

  it('attaches no goods count to a single goods line', () => {
    const notice = { ...declarationNotice('en'), cargo: { ...CARGO, goodsLineCount: 1, trailerPlate: null } };

    const { text } = submissionNotice(notice, BASE_URL);

    expect(text).toContain('Goods: 30.1505 t – Phân bón NPK 16-16-8\n');
    expect(text).toContain('Truck: 81C-123.45\n');
  });
});
