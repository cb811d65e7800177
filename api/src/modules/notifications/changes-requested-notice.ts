import { fieldLabel, fieldPathSegments, type Language } from '@smartgate/shared-models';

import { cargoChangesRequestedNotice } from './cargo-changes-requested-notice';
import { commentParagraphs } from './change-comment-paragraphs';
import type { ChangeRequestComments } from './change-request-notice.repository';
import type { DeclarationNoticeData } from './declaration-notice.repository';
import {
  composeNotice,
  declarationPageUrl,
  formatDate,
  localizedGateName,
  type MailContent,
  type NoticeText,
} from './notice-layout';

/** Facts filled into the notice text, already formatted. */
interface ChangesRequestedFacts {
  referenceCode: string;
  gateName: string;
  plannedCrossingDate: string;
  comment: string | null;
  /** One line per commented field: "Lead traveller – Document number: comment". */
  fieldLines: string[];
  detailUrl: string;
}

const TEXTS: Record<Language, (facts: ChangesRequestedFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Tờ khai ${facts.referenceCode} cần được sửa đổi`,
    paragraphs: [
      `Cán bộ biên phòng đã xem tờ khai ${facts.referenceCode} (${facts.gateName}, ngày ` +
        `${facts.plannedCrossingDate}) và đề nghị bạn sửa đổi trước khi xét duyệt.`,
      ...commentParagraphs(facts, { comment: 'Nhận xét của cán bộ:', fields: 'Các mục cần sửa:' }),
      `Vui lòng mở tờ khai, sửa các mục trên rồi nộp lại: ${facts.detailUrl}`,
      'Tờ khai chỉ được xét duyệt tiếp sau khi bạn nộp lại.',
    ],
  }),
  en: (facts) => ({
    subject: `Your declaration ${facts.referenceCode} needs changes`,
    paragraphs: [
      `A border officer reviewed the declaration ${facts.referenceCode} (${facts.gateName}, ` +
        `${facts.plannedCrossingDate}) and asks you to change it before it can be decided.`,
      ...commentParagraphs(facts, { comment: "The officer's comment:", fields: 'Fields to change:' }),
      `Please open the declaration, change these fields and submit it again: ${facts.detailUrl}`,
      'The review continues only after you submit it again.',
    ],
  }),
  km: (facts) => ({
    subject: `សេចក្តីប្រកាស ${facts.referenceCode} ត្រូវការកែប្រែ`,
    paragraphs: [
      `មន្ត្រីការពារព្រំដែនបានពិនិត្យសេចក្តីប្រកាស ${facts.referenceCode} (${facts.gateName} ` +
        `ថ្ងៃទី ${facts.plannedCrossingDate}) ហើយស្នើឱ្យអ្នកកែប្រែវា មុនពេលអាចសម្រេចបាន។`,
      ...commentParagraphs(facts, { comment: 'មតិរបស់មន្ត្រី៖', fields: 'ព័ត៌មានដែលត្រូវកែប្រែ៖' }),
      `សូមបើកសេចក្តីប្រកាស កែប្រែព័ត៌មានខាងលើ រួចដាក់ស្នើម្តងទៀត៖ ${facts.detailUrl}`,
      'ការពិនិត្យនឹងបន្តលុះត្រាតែអ្នកដាក់ស្នើម្តងទៀត។',
    ],
  }),
};

/**
 * Writes the notice that an officer sent the declaration back, with the general comment and
 * each field comment under the field's label, in the applicant's language.
 */
export function changesRequestedNotice(
  notice: DeclarationNoticeData,
  changes: ChangeRequestComments,
  publicBaseUrl: string,
): MailContent {
  if (notice.cargo) {
    return cargoChangesRequestedNotice(notice, notice.cargo, changes, publicBaseUrl);
  }
  const { language, fullName } = notice.recipient;
  const gateName = localizedGateName(notice, language);

  const text = TEXTS[language]({
    referenceCode: notice.referenceCode,
    gateName,
    plannedCrossingDate: formatDate(notice.plannedCrossingDate),
    comment: changes.comment,
    fieldLines: changes.fieldComments.map(
      (entry) => `- ${fieldLabel(fieldPathSegments(entry.field), language)}: ${entry.comment}`,
    ),
    detailUrl: declarationPageUrl(publicBaseUrl, notice),
  });
  return composeNotice(text, { language, fullName, gateName });
}
