import type { Language } from '@smartgate/shared-models';

import { composeCargoNotice, type CargoNoticeBaseFacts } from './cargo-notice-compose';
import type { CargoNoticeFacts } from './cargo-notice.repository';
import type { DeclarationNoticeData } from './declaration-notice.repository';
import { formatGateTime, type MailContent, type NoticeText } from './notice-layout';

/** Facts filled into the notice text, already formatted. */
interface CargoSubmissionFacts extends CargoNoticeBaseFacts {
  referenceCode: string;
  resubmitted: boolean;
  submittedAt: string;
  statusUrl: string;
}

const TEXTS: Record<Language, (facts: CargoSubmissionFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Đã nhận tờ khai hàng hóa xe ${facts.truck} – mã tham chiếu ${facts.referenceCode}`,
    paragraphs: [
      (facts.resubmitted
        ? `Tờ khai hàng hóa đã sửa đổi đã được nộp lại lúc ${facts.submittedAt}`
        : `Tờ khai hàng hóa đã được nộp lúc ${facts.submittedAt}`) +
        ' và đang chờ cán bộ biên phòng xem xét.',
      [`Mã tham chiếu: ${facts.referenceCode}`, `Cửa khẩu: ${facts.gateName}`, ...facts.consignment],
      'Với mã tham chiếu và ngày sinh của lái xe, có thể tra cứu trạng thái tờ khai mà không cần ' +
        `đăng nhập: ${facts.statusUrl}`,
      `Xem tờ khai trên trang hàng hóa của doanh nghiệp: ${facts.detailUrl}`,
      'Chúng tôi sẽ gửi e-mail khi tờ khai được duyệt, bị từ chối hoặc cần sửa đổi.',
    ],
  }),
  en: (facts) => ({
    subject: `Cargo declaration received for truck ${facts.truck} – reference ${facts.referenceCode}`,
    paragraphs: [
      (facts.resubmitted
        ? `The changed cargo declaration was submitted again on ${facts.submittedAt}`
        : `The cargo declaration was submitted on ${facts.submittedAt}`) +
        " and is waiting for a border officer's review.",
      [`Reference code: ${facts.referenceCode}`, `Border gate: ${facts.gateName}`, ...facts.consignment],
      "With the reference code and the driver's date of birth, anyone can check the status of the " +
        `declaration without signing in: ${facts.statusUrl}`,
      `See the declaration on the company's cargo page: ${facts.detailUrl}`,
      'We will send an e-mail when the declaration is approved, rejected or needs changes.',
    ],
  }),
  km: (facts) => ({
    subject: `បានទទួលសេចក្តីប្រកាសទំនិញសម្រាប់ឡាន ${facts.truck} – លេខយោង ${facts.referenceCode}`,
    paragraphs: [
      (facts.resubmitted
        ? `សេចក្តីប្រកាសទំនិញដែលបានកែប្រែត្រូវបានដាក់ស្នើម្តងទៀតនៅ ${facts.submittedAt}`
        : `សេចក្តីប្រកាសទំនិញត្រូវបានដាក់ស្នើនៅ ${facts.submittedAt}`) + ' ហើយកំពុងរង់ចាំមន្ត្រីការពារព្រំដែនពិនិត្យ។',
      [`លេខយោង៖ ${facts.referenceCode}`, `ច្រកព្រំដែន៖ ${facts.gateName}`, ...facts.consignment],
      'ដោយប្រើលេខយោង និងថ្ងៃខែឆ្នាំកំណើតរបស់អ្នកបើកបរ អាចពិនិត្យស្ថានភាពសេចក្តីប្រកាសដោយមិនចាំបាច់ចូលគណនី៖ ' + facts.statusUrl,
      `មើលសេចក្តីប្រកាសនៅលើទំព័រទំនិញរបស់ក្រុមហ៊ុន៖ ${facts.detailUrl}`,
      'យើងនឹងផ្ញើអ៊ីមែល នៅពេលសេចក្តីប្រកាសត្រូវបានអនុម័ត ត្រូវបានបដិសេធ ឬត្រូវការកែប្រែ។',
    ],
  }),
};

/**
 * Writes the notice confirming a cargo submission, naming the company, truck, direction, goods
 * and driver, addressed to the company.
 */
export function cargoSubmissionNotice(
  notice: DeclarationNoticeData,
  cargo: CargoNoticeFacts,
  publicBaseUrl: string,
): MailContent {
  return composeCargoNotice(
    TEXTS,
    { declaration: notice, recipient: notice.recipient, cargo, publicBaseUrl },
    {
      referenceCode: notice.referenceCode,
      resubmitted: notice.resubmitted,
      submittedAt: formatGateTime(notice.submittedAt, notice.timeZone),
      statusUrl: `${publicBaseUrl}/status`,
    },
  );
}
