import type { Language } from '@smartgate/shared-models';

import { cargoSubmissionNotice } from './cargo-submission-notice';
import type { DeclarationNoticeData } from './declaration-notice.repository';
import {
  composeNotice,
  declarationPageUrl,
  directionLabel,
  formatDate,
  formatGateTime,
  localizedGateName,
  type MailContent,
  type NoticeText,
} from './notice-layout';

/** Facts filled into the notice text, already formatted. */
interface SubmissionFacts {
  referenceCode: string;
  /** True when this submission followed an officer's change request. */
  resubmitted: boolean;
  submittedAt: string;
  gateName: string;
  direction: string;
  plannedCrossingDate: string;
  travellerCount: number;
  detailUrl: string;
  statusUrl: string;
}

const TEXTS: Record<Language, (facts: SubmissionFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Đã nhận tờ khai qua cửa khẩu – mã tham chiếu ${facts.referenceCode}`,
    paragraphs: [
      (facts.resubmitted
        ? `Tờ khai đã sửa đổi của bạn đã được nộp lại lúc ${facts.submittedAt}`
        : `Tờ khai qua cửa khẩu của bạn đã được nộp lúc ${facts.submittedAt}`) +
        ' và đang chờ cán bộ biên phòng xem xét.',
      [
        `Mã tham chiếu: ${facts.referenceCode}`,
        `Cửa khẩu: ${facts.gateName}`,
        `Hướng đi: ${facts.direction}`,
        `Ngày dự kiến qua cửa khẩu: ${facts.plannedCrossingDate}`,
        `Số người đi: ${facts.travellerCount}`,
      ],
      'Vui lòng giữ lại mã tham chiếu. Với mã này và ngày sinh của người khai chính, bạn có thể ' +
        `tra cứu trạng thái tờ khai mà không cần đăng nhập: ${facts.statusUrl}`,
      `Xem tờ khai của bạn: ${facts.detailUrl}`,
      'Chúng tôi sẽ gửi e-mail cho bạn khi tờ khai được duyệt, bị từ chối hoặc cần sửa đổi.',
    ],
  }),
  en: (facts) => ({
    subject: `Crossing declaration received – reference ${facts.referenceCode}`,
    paragraphs: [
      (facts.resubmitted
        ? `Your changed declaration was submitted again on ${facts.submittedAt}`
        : `Your crossing declaration was submitted on ${facts.submittedAt}`) +
        " and is waiting for a border officer's review.",
      [
        `Reference code: ${facts.referenceCode}`,
        `Border gate: ${facts.gateName}`,
        `Direction: ${facts.direction}`,
        `Planned crossing date: ${facts.plannedCrossingDate}`,
        `Number of travellers: ${facts.travellerCount}`,
      ],
      "Please keep the reference code. With it and the lead traveller's date of birth, you can " +
        `check the status of the declaration without signing in: ${facts.statusUrl}`,
      `See your declaration: ${facts.detailUrl}`,
      'We will e-mail you when the declaration is approved, rejected or needs changes.',
    ],
  }),
  km: (facts) => ({
    subject: `បានទទួលសេចក្តីប្រកាសឆ្លងព្រំដែន – លេខយោង ${facts.referenceCode}`,
    paragraphs: [
      (facts.resubmitted
        ? `សេចក្តីប្រកាសដែលបានកែប្រែរបស់អ្នកត្រូវបានដាក់ស្នើម្តងទៀតនៅ ${facts.submittedAt}`
        : `សេចក្តីប្រកាសឆ្លងព្រំដែនរបស់អ្នកត្រូវបានដាក់ស្នើនៅ ${facts.submittedAt}`) + ' ហើយកំពុងរង់ចាំមន្ត្រីការពារព្រំដែនពិនិត្យ។',
      [
        `លេខយោង៖ ${facts.referenceCode}`,
        `ច្រកព្រំដែន៖ ${facts.gateName}`,
        `ទិសដៅ៖ ${facts.direction}`,
        `ថ្ងៃគ្រោងឆ្លងកាត់ព្រំដែន៖ ${facts.plannedCrossingDate}`,
        `ចំនួនអ្នកធ្វើដំណើរ៖ ${facts.travellerCount}`,
      ],
      'សូមរក្សាទុកលេខយោងនេះ។ ដោយប្រើលេខយោងនេះ និងថ្ងៃខែឆ្នាំកំណើតរបស់អ្នកធ្វើដំណើរចម្បង ' +
        `អ្នកអាចពិនិត្យស្ថានភាពសេចក្តីប្រកាសដោយមិនចាំបាច់ចូលគណនី៖ ${facts.statusUrl}`,
      `មើលសេចក្តីប្រកាសរបស់អ្នក៖ ${facts.detailUrl}`,
      'យើងនឹងផ្ញើអ៊ីមែលទៅអ្នក នៅពេលសេចក្តីប្រកាសត្រូវបានអនុម័ត ត្រូវបានបដិសេធ ឬត្រូវការកែប្រែ។',
    ],
  }),
};

/** Writes the notice confirming a submission, with the reference code and links, in the applicant's language. */
export function submissionNotice(notice: DeclarationNoticeData, publicBaseUrl: string): MailContent {
  if (notice.cargo) {
    return cargoSubmissionNotice(notice, notice.cargo, publicBaseUrl);
  }
  const { language, fullName } = notice.recipient;
  const gateName = localizedGateName(notice, language);

  const text = TEXTS[language]({
    referenceCode: notice.referenceCode,
    resubmitted: notice.resubmitted,
    submittedAt: formatGateTime(notice.submittedAt, notice.timeZone),
    gateName,
    direction: directionLabel(notice.direction, language),
    plannedCrossingDate: formatDate(notice.plannedCrossingDate),
    travellerCount: notice.travellerCount,
    detailUrl: declarationPageUrl(publicBaseUrl, notice),
    statusUrl: `${publicBaseUrl}/status`,
  });
  return composeNotice(text, { language, fullName, gateName });
}
