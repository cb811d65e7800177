import type { Language } from '@smartgate/shared-models';

import { composeCargoNotice, type CargoNoticeBaseFacts } from './cargo-notice-compose';
import type { CargoNoticeFacts } from './cargo-notice.repository';
import { formatDate, type MailContent, type NoticeText } from './notice-layout';
import type { ResultIssuedNoticeData } from './result-issued-notice.repository';

/** Facts filled into the notice text, already formatted. */
interface CargoResultIssuedFacts extends CargoNoticeBaseFacts {
  reference: string;
  resultNumber: string;
  validFrom: string;
  validUntil: string;
}

const TEXTS: Record<Language, (facts: CargoResultIssuedFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Tờ khai hàng hóa ${facts.reference} (xe ${facts.truck}) đã được duyệt – kết quả ${facts.resultNumber}`,
    paragraphs: [
      `Tờ khai hàng hóa ${facts.reference} đã được duyệt. Kết quả số ${facts.resultNumber} ` +
        'được đính kèm thư này dưới dạng tệp PDF có chữ ký số. Một kết quả với một mã QR dùng cho cả xe, ' +
        'lái xe, phụ xe và hàng hóa.',
      [
        `Cửa khẩu: ${facts.gateName}`,
        ...facts.consignment,
        `Hiệu lực: từ ${facts.validFrom} đến hết ngày ${facts.validUntil}`,
      ],
      'Khi qua cửa khẩu, lái xe xuất trình kết quả (bản in hoặc trên điện thoại) cùng giấy tờ đi đường ' +
        'của lái xe và phụ xe. Cán bộ sẽ quét mã QR trên kết quả.',
      `Tải lại kết quả trên trang hàng hóa của doanh nghiệp: ${facts.detailUrl}`,
    ],
  }),
  en: (facts) => ({
    subject: `Cargo declaration ${facts.reference} (truck ${facts.truck}) was approved – result ${facts.resultNumber}`,
    paragraphs: [
      `The cargo declaration ${facts.reference} was approved. The result ${facts.resultNumber} is attached ` +
        'to this message as a digitally signed PDF. Its one QR code covers the truck, driver, crew and goods.',
      [
        `Border gate: ${facts.gateName}`,
        ...facts.consignment,
        `Valid: from ${facts.validFrom} to the end of ${facts.validUntil}`,
      ],
      'At the gate, the driver shows the result (printed or on a phone) with the travel documents of ' +
        'the driver and crew. The officer scans the QR code on the result.',
      `Download the result again on the company's cargo page: ${facts.detailUrl}`,
    ],
  }),
  km: (facts) => ({
    subject: `សេចក្តីប្រកាសទំនិញ ${facts.reference} (ឡាន ${facts.truck}) ត្រូវបានអនុម័ត – លទ្ធផល ${facts.resultNumber}`,
    paragraphs: [
      `សេចក្តីប្រកាសទំនិញ ${facts.reference} ត្រូវបានអនុម័ត។ លទ្ធផលលេខ ${facts.resultNumber} ` +
        'ត្រូវបានភ្ជាប់មកជាមួយសារនេះ ជាឯកសារ PDF ដែលមានហត្ថលេខាឌីជីថល។ កូដ QR តែមួយរបស់វាគ្របដណ្តប់ឡាន អ្នកបើកបរ ក្រុម និងទំនិញ។',
      [
        `ច្រកព្រំដែន៖ ${facts.gateName}`,
        ...facts.consignment,
        `សុពលភាព៖ ពីថ្ងៃទី ${facts.validFrom} ដល់ចុងថ្ងៃទី ${facts.validUntil}`,
      ],
      'នៅច្រកព្រំដែន អ្នកបើកបរបង្ហាញលទ្ធផល (ជាក្រដាស ឬនៅលើទូរស័ព្ទ) ជាមួយឯកសារធ្វើដំណើររបស់អ្នកបើកបរ និងក្រុម។ ' +
        'មន្ត្រីនឹងស្កេនកូដ QR នៅលើលទ្ធផល។',
      `ទាញយកលទ្ធផលម្តងទៀតនៅលើទំព័រទំនិញរបស់ក្រុមហ៊ុន៖ ${facts.detailUrl}`,
    ],
  }),
};

/**
 * Writes the notice of an issued cargo result with the consignment, addressed to the company.
 * The PDF itself is attached by the caller, which reads it from storage.
 */
export function cargoResultIssuedNotice(
  notice: ResultIssuedNoticeData,
  cargo: CargoNoticeFacts,
  publicBaseUrl: string,
): MailContent {
  return composeCargoNotice(
    TEXTS,
    { declaration: notice, recipient: notice.recipient, cargo, publicBaseUrl },
    {
      reference: notice.referenceCode ?? notice.resultNumber,
      resultNumber: notice.resultNumber,
      validFrom: formatDate(notice.validFrom),
      validUntil: formatDate(notice.validUntil),
    },
  );
}
