import type { Language } from '@smartgate/shared-models';

import { composeCargoNotice, type CargoNoticeBaseFacts } from './cargo-notice-compose';
import type { CargoNoticeFacts } from './cargo-notice.repository';
import { formatGateTime, type MailContent, type NoticeText } from './notice-layout';
import type { RevocationNoticeData } from './revocation-notice.repository';

/** Facts filled into the notice text, already formatted. */
interface CargoRevocationFacts extends CargoNoticeBaseFacts {
  resultNumber: string;
  revokedAt: string;
  reason: string;
}

const TEXTS: Record<Language, (facts: CargoRevocationFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Kết quả khai báo hàng hóa ${facts.resultNumber} (xe ${facts.truck}) đã bị thu hồi`,
    paragraphs: [
      `Kết quả khai báo hàng hóa số ${facts.resultNumber} tại ${facts.gateName} đã bị thu hồi lúc ` +
        `${facts.revokedAt}. Xe và hàng hóa dưới đây không còn được qua cửa khẩu theo kết quả này.`,
      facts.consignment,
      `Lý do: ${facts.reason}`,
      [
        `Xem tờ khai trên trang hàng hóa của doanh nghiệp: ${facts.detailUrl}`,
        'Nếu vẫn cần đưa lô hàng qua cửa khẩu, vui lòng nộp một tờ khai mới.',
      ],
    ],
  }),
  en: (facts) => ({
    subject: `Cargo result ${facts.resultNumber} (truck ${facts.truck}) has been revoked`,
    paragraphs: [
      `The cargo result ${facts.resultNumber} for ${facts.gateName} was revoked on ${facts.revokedAt}. ` +
        'The truck and goods below can no longer cross the border under it.',
      facts.consignment,
      `Reason: ${facts.reason}`,
      [
        `See the declaration on the company's cargo page: ${facts.detailUrl}`,
        'If the consignment still needs to cross, please submit a new declaration.',
      ],
    ],
  }),
  km: (facts) => ({
    subject: `លទ្ធផលទំនិញលេខ ${facts.resultNumber} (ឡាន ${facts.truck}) ត្រូវបានដកហូត`,
    paragraphs: [
      `លទ្ធផលទំនិញលេខ ${facts.resultNumber} សម្រាប់ ${facts.gateName} ត្រូវបានដកហូតនៅ ${facts.revokedAt}។ ` +
        'ឡាន និងទំនិញខាងក្រោមមិនអាចឆ្លងព្រំដែនតាមលទ្ធផលនេះបានទៀតទេ។',
      facts.consignment,
      `មូលហេតុ៖ ${facts.reason}`,
      [
        `មើលសេចក្តីប្រកាសនៅលើទំព័រទំនិញរបស់ក្រុមហ៊ុន៖ ${facts.detailUrl}`,
        'ប្រសិនបើទំនិញនៅតែត្រូវឆ្លងព្រំដែន សូមដាក់ស្នើសេចក្តីប្រកាសថ្មី។',
      ],
    ],
  }),
};

/** Writes the revocation notice of a cargo result with the consignment, addressed to the company. */
export function cargoRevocationNotice(
  notice: RevocationNoticeData,
  cargo: CargoNoticeFacts,
  publicBaseUrl: string,
): MailContent {
  return composeCargoNotice(
    TEXTS,
    { declaration: notice, recipient: notice, cargo, publicBaseUrl },
    {
      resultNumber: notice.resultNumber,
      revokedAt: formatGateTime(notice.revokedAt, notice.timeZone),
      reason: notice.reason,
    },
  );
}
