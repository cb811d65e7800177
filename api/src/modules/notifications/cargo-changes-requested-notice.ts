import { fieldLabel, fieldPathSegments, type Language } from '@smartgate/shared-models';

import { composeCargoNotice, type CargoNoticeBaseFacts } from './cargo-notice-compose';
import type { CargoNoticeFacts } from './cargo-notice.repository';
import type { ChangeRequestComments } from './change-request-notice.repository';
import { commentParagraphs } from './change-comment-paragraphs';
import type { DeclarationNoticeData } from './declaration-notice.repository';
import { type MailContent, type NoticeText } from './notice-layout';

/** Facts filled into the notice text, already formatted. */
interface CargoChangesRequestedFacts extends CargoNoticeBaseFacts {
  referenceCode: string;
  comment: string | null;
  /** One line per commented field, such as "- Goods line 1 – Gross weight (kg): comment". */
  fieldLines: string[];
}

const TEXTS: Record<Language, (facts: CargoChangesRequestedFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Tờ khai hàng hóa ${facts.referenceCode} (xe ${facts.truck}) cần được sửa đổi`,
    paragraphs: [
      `Cán bộ biên phòng ${facts.gateName} đã xem tờ khai hàng hóa ${facts.referenceCode} và đề nghị ` +
        'doanh nghiệp sửa đổi trước khi xét duyệt.',
      facts.consignment,
      ...commentParagraphs(facts, { comment: 'Nhận xét của cán bộ:', fields: 'Các mục cần sửa:' }),
      `Vui lòng mở tờ khai trên trang hàng hóa của doanh nghiệp, sửa các mục trên rồi nộp lại: ${facts.detailUrl}`,
      'Tờ khai chỉ được xét duyệt tiếp sau khi được nộp lại.',
    ],
  }),
  en: (facts) => ({
    subject: `Cargo declaration ${facts.referenceCode} (truck ${facts.truck}) needs changes`,
    paragraphs: [
      `A border officer at ${facts.gateName} reviewed the cargo declaration ${facts.referenceCode} and ` +
        'asks the company to change it before it can be decided.',
      facts.consignment,
      ...commentParagraphs(facts, { comment: "The officer's comment:", fields: 'Fields to change:' }),
      "Please open the declaration on the company's cargo page, change these fields and submit it " +
        `again: ${facts.detailUrl}`,
      'The review continues only after the declaration is submitted again.',
    ],
  }),
  km: (facts) => ({
    subject: `សេចក្តីប្រកាសទំនិញ ${facts.referenceCode} (ឡាន ${facts.truck}) ត្រូវការកែប្រែ`,
    paragraphs: [
      `មន្ត្រីការពារព្រំដែននៅ ${facts.gateName} បានពិនិត្យសេចក្តីប្រកាសទំនិញ ${facts.referenceCode} ` +
        'ហើយស្នើឱ្យក្រុមហ៊ុនកែប្រែវា មុនពេលអាចសម្រេចបាន។',
      facts.consignment,
      ...commentParagraphs(facts, { comment: 'មតិរបស់មន្ត្រី៖', fields: 'ព័ត៌មានដែលត្រូវកែប្រែ៖' }),
      `សូមបើកសេចក្តីប្រកាសនៅលើទំព័រទំនិញរបស់ក្រុមហ៊ុន កែប្រែព័ត៌មានខាងលើ រួចដាក់ស្នើម្តងទៀត៖ ${facts.detailUrl}`,
      'ការពិនិត្យនឹងបន្តលុះត្រាតែសេចក្តីប្រកាសត្រូវបានដាក់ស្នើម្តងទៀត។',
    ],
  }),
};

/**
 * Writes the notice that an officer sent a cargo declaration back, with the consignment, the
 * general comment and each field comment under the field's label, addressed to the company.
 */
export function cargoChangesRequestedNotice(
  notice: DeclarationNoticeData,
  cargo: CargoNoticeFacts,
  changes: ChangeRequestComments,
  publicBaseUrl: string,
): MailContent {
  const { language } = notice.recipient;

  return composeCargoNotice(
    TEXTS,
    { declaration: notice, recipient: notice.recipient, cargo, publicBaseUrl },
    {
      referenceCode: notice.referenceCode,
      comment: changes.comment,
      fieldLines: changes.fieldComments.map(
        (entry) => `- ${fieldLabel(fieldPathSegments(entry.field), language, 'cargo')}: ${entry.comment}`,
      ),
    },
  );
}
