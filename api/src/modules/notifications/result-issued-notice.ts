import type { Language } from '@smartgate/shared-models';

import { cargoResultIssuedNotice } from './cargo-result-issued-notice';
import {
  composeNotice,
  declarationPageUrl,
  directionLabel,
  formatDate,
  localizedGateName,
  type MailContent,
  type NoticeText,
} from './notice-layout';
import type { ResultIssuedNoticeData } from './result-issued-notice.repository';

/** Facts filled into the notice text, already formatted. */
interface ResultIssuedFacts {
  /** The declaration's reference code, or the result number when the declaration has none. */
  reference: string;
  resultNumber: string;
  gateName: string;
  direction: string;
  validFrom: string;
  validUntil: string;
  detailUrl: string;
}

const TEXTS: Record<Language, (facts: ResultIssuedFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Tờ khai ${facts.reference} đã được duyệt – kết quả ${facts.resultNumber}`,
    paragraphs: [
      `Tờ khai qua cửa khẩu ${facts.reference} đã được duyệt. Kết quả số ${facts.resultNumber} ` +
        'được đính kèm thư này dưới dạng tệp PDF có chữ ký số.',
      [
        `Cửa khẩu: ${facts.gateName}`,
        `Hướng đi: ${facts.direction}`,
        `Hiệu lực: từ ${facts.validFrom} đến hết ngày ${facts.validUntil}`,
      ],
      'Khi qua cửa khẩu, vui lòng xuất trình kết quả (bản in hoặc trên điện thoại) cùng giấy tờ ' +
        'đi đường của từng người. Cán bộ sẽ quét mã QR trên kết quả.',
      `Bạn cũng có thể tải lại kết quả tại: ${facts.detailUrl}`,
    ],
  }),
  en: (facts) => ({
    subject: `Your declaration ${facts.reference} was approved – result ${facts.resultNumber}`,
    paragraphs: [
      `The crossing declaration ${facts.reference} was approved. The result ${facts.resultNumber} ` +
        'is attached to this message as a digitally signed PDF.',
      [
        `Border gate: ${facts.gateName}`,
        `Direction: ${facts.direction}`,
        `Valid: from ${facts.validFrom} to the end of ${facts.validUntil}`,
      ],
      'At the gate, please show the result (printed or on your phone) with every traveller’s ' +
        'travel document. The officer scans the QR code on the result.',
      `You can also download the result again: ${facts.detailUrl}`,
    ],
  }),
  km: (facts) => ({
    subject: `សេចក្តីប្រកាស ${facts.reference} ត្រូវបានអនុម័ត – លទ្ធផល ${facts.resultNumber}`,
    paragraphs: [
      `សេចក្តីប្រកាសឆ្លងព្រំដែន ${facts.reference} ត្រូវបានអនុម័ត។ លទ្ធផលលេខ ${facts.resultNumber} ` +
        'ត្រូវបានភ្ជាប់មកជាមួយសារនេះ ជាឯកសារ PDF ដែលមានហត្ថលេខាឌីជីថល។',
      [
        `ច្រកព្រំដែន៖ ${facts.gateName}`,
        `ទិសដៅ៖ ${facts.direction}`,
        `សុពលភាព៖ ពីថ្ងៃទី ${facts.validFrom} ដល់ចុងថ្ងៃទី ${facts.validUntil}`,
      ],
      'នៅច្រកព្រំដែន សូមបង្ហាញលទ្ធផល (ជាក្រដាស ឬនៅលើទូរស័ព្ទ) ជាមួយឯកសារធ្វើដំណើររបស់អ្នកធ្វើដំណើរម្នាក់ៗ។ ' +
        'មន្ត្រីនឹងស្កេនកូដ QR នៅលើលទ្ធផល។',
      `អ្នកក៏អាចទាញយកលទ្ធផលម្តងទៀតបាននៅ៖ ${facts.detailUrl}`,
    ],
  }),
};

/**
 * Writes the notice of an issued result in the applicant's language. The PDF itself is
 * attached by the caller, which reads it from storage.
 */
export function resultIssuedNotice(notice: ResultIssuedNoticeData, publicBaseUrl: string): MailContent {
  if (notice.cargo) {
    return cargoResultIssuedNotice(notice, notice.cargo, publicBaseUrl);
  }
  const { language, fullName } = notice.recipient;
  const gateName = localizedGateName(notice, language);

  const text = TEXTS[language]({
    reference: notice.referenceCode ?? notice.resultNumber,
    resultNumber: notice.resultNumber,
    gateName,
    direction: directionLabel(notice.direction, language),
    validFrom: formatDate(notice.validFrom),
    validUntil: formatDate(notice.validUntil),
    detailUrl: declarationPageUrl(publicBaseUrl, notice),
  });
  return composeNotice(text, { language, fullName, gateName });
}
