import type { Language } from '@smartgate/shared-models';

import { composeCargoNotice, type CargoNoticeBaseFacts } from './cargo-notice-compose';
import type { CargoNoticeFacts } from './cargo-notice.repository';
import { formatGateTime, type MailContent, type NoticeText } from './notice-layout';
import type { RejectedDeclarationNotice } from './rejection-notice';

/** Facts filled into the notice text, already formatted. */
interface CargoRejectionFacts extends CargoNoticeBaseFacts {
  referenceCode: string;
  decidedAt: string;
  reason: string;
}

const TEXTS: Record<Language, (facts: CargoRejectionFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Tờ khai hàng hóa ${facts.referenceCode} (xe ${facts.truck}) đã bị từ chối`,
    paragraphs: [
      `Tờ khai hàng hóa ${facts.referenceCode} tại ${facts.gateName} đã bị cán bộ biên phòng từ chối lúc ` +
        `${facts.decidedAt}. Xe và hàng hóa dưới đây không được qua cửa khẩu theo tờ khai này.`,
      facts.consignment,
      `Lý do: ${facts.reason}`,
      `Xem tờ khai trên trang hàng hóa của doanh nghiệp: ${facts.detailUrl}`,
      'Nếu vẫn cần đưa lô hàng qua cửa khẩu, vui lòng khắc phục lý do trên rồi nộp một tờ khai mới.',
    ],
  }),
  en: (facts) => ({
    subject: `Cargo declaration ${facts.referenceCode} (truck ${facts.truck}) was rejected`,
    paragraphs: [
      `A border officer at ${facts.gateName} rejected the cargo declaration ${facts.referenceCode} on ` +
        `${facts.decidedAt}. The truck and goods below cannot cross the border under it.`,
      facts.consignment,
      `Reason: ${facts.reason}`,
      `See the declaration on the company's cargo page: ${facts.detailUrl}`,
      'If the consignment still needs to cross, please address the reason above and submit a new declaration.',
    ],
  }),
  km: (facts) => ({
    subject: `សេចក្តីប្រកាសទំនិញ ${facts.referenceCode} (ឡាន ${facts.truck}) ត្រូវបានបដិសេធ`,
    paragraphs: [
      `មន្ត្រីការពារព្រំដែននៅ ${facts.gateName} បានបដិសេធសេចក្តីប្រកាសទំនិញ ${facts.referenceCode} ` +
        `នៅ ${facts.decidedAt}។ ឡាន និងទំនិញខាងក្រោមមិនអាចឆ្លងព្រំដែនតាមសេចក្តីប្រកាសនេះបានទេ។`,
      facts.consignment,
      `មូលហេតុ៖ ${facts.reason}`,
      `មើលសេចក្តីប្រកាសនៅលើទំព័រទំនិញរបស់ក្រុមហ៊ុន៖ ${facts.detailUrl}`,
      'ប្រសិនបើទំនិញនៅតែត្រូវឆ្លងព្រំដែន សូមដោះស្រាយមូលហេតុខាងលើ រួចដាក់ស្នើសេចក្តីប្រកាសថ្មី។',
    ],
  }),
};

/** Writes the notice of a cargo rejection with the consignment and the officer's reason, addressed to the company. */
export function cargoRejectionNotice(
  notice: RejectedDeclarationNotice,
  cargo: CargoNoticeFacts,
  publicBaseUrl: string,
): MailContent {
  return composeCargoNotice(
    TEXTS,
    { declaration: notice, recipient: notice.recipient, cargo, publicBaseUrl },
    {
      referenceCode: notice.referenceCode,
      decidedAt: formatGateTime(notice.decidedAt, notice.timeZone),
      reason: notice.rejectionReason,
    },
  );
}
