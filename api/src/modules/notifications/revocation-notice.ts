import type { Language } from '@smartgate/shared-models';

import type { RevocationNoticeData } from './revocation-notice.repository';

/** Subject and plain-text body of an e-mail. */
export interface MailContent {
  subject: string;
  text: string;
}

/** Languages with a written notice. */
type NoticeLanguage = 'vi' | 'en';

/** Facts filled into the notice text, already formatted. */
interface NoticeFacts {
  fullName: string;
  resultNumber: string;
  gateName: string;
  revokedAt: string;
  reason: string;
  detailUrl: string;
}

const NOTICES: Record<NoticeLanguage, (facts: NoticeFacts) => MailContent> = {
  vi: (facts) => ({
    subject: `Kết quả khai báo ${facts.resultNumber} đã bị thu hồi`,
    text: [
      `Kính gửi ${facts.fullName},`,
      '',
      `Kết quả khai báo xuất nhập cảnh điện tử số ${facts.resultNumber} tại ${facts.gateName} ` +
        `đã bị thu hồi lúc ${facts.revokedAt} và không còn giá trị qua cửa khẩu.`,
      '',
      `Lý do: ${facts.reason}`,
      '',
      `Xem tờ khai của bạn: ${facts.detailUrl}`,
      'Nếu vẫn cần qua cửa khẩu, vui lòng nộp một tờ khai mới.',
      '',
      'Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh',
    ].join('\n'),
  }),
  en: (facts) => ({
    subject: `Your border crossing result ${facts.resultNumber} has been revoked`,
    text: [
      `Dear ${facts.fullName},`,
      '',
      `The electronic border crossing result ${facts.resultNumber} for ${facts.gateName} was revoked ` +
        `on ${facts.revokedAt} and can no longer be used to cross the border.`,
      '',
      `Reason: ${facts.reason}`,
      '',
      `See your declaration: ${facts.detailUrl}`,
      'If you still need to cross, please submit a new declaration.',
      '',
      'Lệ Thanh International Border Gate Border Guard Station',
    ].join('\n'),
  }),
};

/** Formats a timestamp as dd/MM/yyyy HH:mm in the gate's time zone, as the apps show timestamps. */
function formatGateTime(timestamp: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(timestamp);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value;
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/**
 * Picks the notice language from the applicant's preference.
 * NOTE: no Khmer notice is written yet, so Khmer speakers get the English one.
 */
function noticeLanguage(language: Language): NoticeLanguage {
  return language === 'vi' ? 'vi' : 'en';
}

/** Writes the revocation notice in the applicant's language, with a link to the declaration in the portal. */
export function revocationNotice(notice: RevocationNoticeData, publicBaseUrl: string): MailContent {
  const language = noticeLanguage(notice.language);

  return NOTICES[language]({
    fullName: notice.fullName,
    resultNumber: notice.resultNumber,
    gateName: language === 'vi' ? notice.gateNameVi : notice.gateNameEn,
    revokedAt: formatGateTime(notice.revokedAt, notice.timeZone),
    reason: notice.reason,
    detailUrl: `${publicBaseUrl}/declarations/${notice.declarationId}`,
  });
}
