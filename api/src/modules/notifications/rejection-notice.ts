import type { Language } from '@smartgate/shared-models';

import { cargoRejectionNotice } from './cargo-rejection-notice';
import type { DeclarationNoticeData } from './declaration-notice.repository';
import {
  composeNotice,
  declarationPageUrl,
  formatDate,
  formatGateTime,
  localizedGateName,
  type MailContent,
  type NoticeText,
} from './notice-layout';

/** Facts filled into the notice text, already formatted. */
interface RejectionFacts {
  referenceCode: string;
  gateName: string;
  plannedCrossingDate: string;
  decidedAt: string;
  reason: string;
  detailUrl: string;
}

const TEXTS: Record<Language, (facts: RejectionFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Tờ khai ${facts.referenceCode} đã bị từ chối`,
    paragraphs: [
      `Tờ khai qua cửa khẩu ${facts.referenceCode} (${facts.gateName}, ngày ${facts.plannedCrossingDate}) ` +
        `đã bị cán bộ biên phòng từ chối lúc ${facts.decidedAt}. Tờ khai này không dùng được để qua cửa khẩu.`,
      `Lý do: ${facts.reason}`,
      `Xem tờ khai của bạn: ${facts.detailUrl}`,
      'Nếu vẫn cần qua cửa khẩu, vui lòng khắc phục lý do trên rồi nộp một tờ khai mới.',
    ],
  }),
  en: (facts) => ({
    subject: `Your declaration ${facts.referenceCode} was rejected`,
    paragraphs: [
      `A border officer rejected the crossing declaration ${facts.referenceCode} (${facts.gateName}, ` +
        `${facts.plannedCrossingDate}) on ${facts.decidedAt}. It cannot be used to cross the border.`,
      `Reason: ${facts.reason}`,
      `See your declaration: ${facts.detailUrl}`,
      'If you still need to cross, please address the reason above and submit a new declaration.',
    ],
  }),
  km: (facts) => ({
    subject: `សេចក្តីប្រកាស ${facts.referenceCode} ត្រូវបានបដិសេធ`,
    paragraphs: [
      `មន្ត្រីការពារព្រំដែនបានបដិសេធសេចក្តីប្រកាសឆ្លងព្រំដែន ${facts.referenceCode} (${facts.gateName} ` +
        `ថ្ងៃទី ${facts.plannedCrossingDate}) នៅ ${facts.decidedAt}។ មិនអាចប្រើសេចក្តីប្រកាសនេះដើម្បីឆ្លងព្រំដែនបានទេ។`,
      `មូលហេតុ៖ ${facts.reason}`,
      `មើលសេចក្តីប្រកាសរបស់អ្នក៖ ${facts.detailUrl}`,
      'ប្រសិនបើអ្នកនៅតែត្រូវការឆ្លងព្រំដែន សូមដោះស្រាយមូលហេតុខាងលើ រួចដាក់ស្នើសេចក្តីប្រកាសថ្មី។',
    ],
  }),
};

/** A rejected declaration's notice data, with the decision time and reason that every rejection has. */
export type RejectedDeclarationNotice = DeclarationNoticeData & { decidedAt: Date; rejectionReason: string };

/** Writes the notice of a rejection with the officer's reason, in the applicant's language. */
export function rejectionNotice(notice: RejectedDeclarationNotice, publicBaseUrl: string): MailContent {
  if (notice.cargo) {
    return cargoRejectionNotice(notice, notice.cargo, publicBaseUrl);
  }
  const { language, fullName } = notice.recipient;
  const gateName = localizedGateName(notice, language);

  const text = TEXTS[language]({
    referenceCode: notice.referenceCode,
    gateName,
    plannedCrossingDate: formatDate(notice.plannedCrossingDate),
    decidedAt: formatGateTime(notice.decidedAt, notice.timeZone),
    reason: notice.rejectionReason,
    detailUrl: declarationPageUrl(publicBaseUrl, notice),
  });
  return composeNotice(text, { language, fullName, gateName });
}
