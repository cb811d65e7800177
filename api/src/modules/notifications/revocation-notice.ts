import type { Language } from '@smartgate/shared-models';

import { cargoRevocationNotice } from './cargo-revocation-notice';
import {
  composeNotice,
  declarationPageUrl,
  formatGateTime,
  localizedGateName,
  type MailContent,
  type NoticeText,
} from './notice-layout';
import type { RevocationNoticeData } from './revocation-notice.repository';

/** Facts filled into the notice text, already formatted. */
interface RevocationFacts {
  resultNumber: string;
  gateName: string;
  revokedAt: string;
  reason: string;
  detailUrl: string;
}

const TEXTS: Record<Language, (facts: RevocationFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Kết quả khai báo ${facts.resultNumber} đã bị thu hồi`,
    paragraphs: [
      `Kết quả khai báo xuất nhập cảnh điện tử số ${facts.resultNumber} tại ${facts.gateName} ` +
        `đã bị thu hồi lúc ${facts.revokedAt} và không còn giá trị qua cửa khẩu.`,
      `Lý do: ${facts.reason}`,
      [`Xem tờ khai của bạn: ${facts.detailUrl}`, 'Nếu vẫn cần qua cửa khẩu, vui lòng nộp một tờ khai mới.'],
    ],
  }),
  en: (facts) => ({
    subject: `Your border crossing result ${facts.resultNumber} has been revoked`,
    paragraphs: [
      `The electronic border crossing result ${facts.resultNumber} for ${facts.gateName} was revoked ` +
        `on ${facts.revokedAt} and can no longer be used to cross the border.`,
      `Reason: ${facts.reason}`,
      [
        `See your declaration: ${facts.detailUrl}`,
        'If you still need to cross, please submit a new declaration.',
      ],
    ],
  }),
  km: (facts) => ({
    subject: `លទ្ធផលឆ្លងព្រំដែនលេខ ${facts.resultNumber} របស់អ្នកត្រូវបានដកហូត`,
    paragraphs: [
      `លទ្ធផលឆ្លងព្រំដែនអេឡិចត្រូនិកលេខ ${facts.resultNumber} សម្រាប់ ${facts.gateName} ត្រូវបានដកហូត ` +
        `នៅ ${facts.revokedAt} ហើយមិនអាចប្រើដើម្បីឆ្លងព្រំដែនបានទៀតទេ។`,
      `មូលហេតុ៖ ${facts.reason}`,
      [`មើលសេចក្តីប្រកាសរបស់អ្នក៖ ${facts.detailUrl}`, 'ប្រសិនបើអ្នកនៅតែត្រូវការឆ្លងព្រំដែន សូមដាក់ស្នើសេចក្តីប្រកាសថ្មី។'],
    ],
  }),
};

/** Writes the revocation notice in the applicant's language, with a link to the declaration in the portal. */
export function revocationNotice(notice: RevocationNoticeData, publicBaseUrl: string): MailContent {
  if (notice.cargo) {
    return cargoRevocationNotice(notice, notice.cargo, publicBaseUrl);
  }
  const { language, fullName } = notice;
  const gateName = localizedGateName(notice, language);

  const text = TEXTS[language]({
    resultNumber: notice.resultNumber,
    gateName,
    revokedAt: formatGateTime(notice.revokedAt, notice.timeZone),
    reason: notice.reason,
    detailUrl: declarationPageUrl(publicBaseUrl, notice),
  });
  return composeNotice(text, { language, fullName, gateName });
}
