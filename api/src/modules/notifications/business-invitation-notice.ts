import type { BusinessRole, Language } from '@smartgate/shared-models';

import type { BusinessInvitationNoticeData } from './business-invitation-notice.repository';
import { composeSystemNotice, formatGateTime, type MailContent, type NoticeText } from './notice-layout';

/** Facts filled into the invitation text, already formatted. */
interface InvitationFacts {
  inviterName: string;
  businessName: string;
  taxCode: string;
  role: BusinessRole;
  acceptUrl: string;
  expiresAt: string;
}

const ROLE_NAMES: Record<Language, Record<BusinessRole, string>> = {
  vi: { administrator: 'quản trị viên', staff: 'nhân viên' },
  en: { administrator: 'administrator', staff: 'staff member' },
  km: { administrator: 'អ្នកគ្រប់គ្រង', staff: 'បុគ្គលិក' },
};

const TEXTS: Record<Language, (facts: InvitationFacts) => NoticeText> = {
  vi: (facts) => ({
    subject: `Lời mời tham gia doanh nghiệp ${facts.businessName} trên SmartGate`,
    paragraphs: [
      `${facts.inviterName} mời bạn tham gia doanh nghiệp ${facts.businessName} (mã số thuế ${facts.taxCode}) ` +
        `trên SmartGate với vai trò ${ROLE_NAMES.vi[facts.role]}, để khai báo và theo dõi các tờ khai hàng hóa qua cửa khẩu của doanh nghiệp.`,
      `Để nhận lời mời, vui lòng mở liên kết sau rồi đăng nhập, hoặc tạo tài khoản, bằng chính địa chỉ e-mail này: ${facts.acceptUrl}`,
      `Liên kết dùng được một lần, đến ${facts.expiresAt} (giờ Việt Nam).`,
      'Nếu bạn không chờ lời mời này, vui lòng bỏ qua thư này.',
    ],
  }),
  en: (facts) => ({
    subject: `Invitation to join ${facts.businessName} on SmartGate`,
    paragraphs: [
      `${facts.inviterName} invites you to join ${facts.businessName} (tax code ${facts.taxCode}) on SmartGate ` +
        `as ${ROLE_NAMES.en[facts.role]}, to file and follow the company's cargo declarations at the border gate.`,
      `To accept, open the following link, then sign in or create an account with this e-mail address: ${facts.acceptUrl}`,
      `The link works once, until ${facts.expiresAt} (Vietnam time).`,
      'If you did not expect this invitation, please ignore this e-mail.',
    ],
  }),
  km: (facts) => ({
    subject: `ការអញ្ជើញចូលរួមជាមួយ ${facts.businessName} នៅលើ SmartGate`,
    paragraphs: [
      `${facts.inviterName} អញ្ជើញអ្នកចូលរួមជាមួយ ${facts.businessName} (លេខកូដពន្ធ ${facts.taxCode}) នៅលើ SmartGate ` +
        `ក្នុងនាមជា${ROLE_NAMES.km[facts.role]} ដើម្បីដាក់ និងតាមដានសេចក្តីប្រកាសទំនិញរបស់ក្រុមហ៊ុននៅច្រកព្រំដែន។`,
      `ដើម្បីទទួលយក សូមបើកតំណខាងក្រោម រួចចូលគណនី ឬបង្កើតគណនីដោយប្រើអាសយដ្ឋានអ៊ីមែលនេះ៖ ${facts.acceptUrl}`,
      `តំណនេះប្រើបានតែម្តង រហូតដល់ ${facts.expiresAt} (ម៉ោងវៀតណាម)។`,
      'ប្រសិនបើអ្នកមិនបានរំពឹងការអញ្ជើញនេះទេ សូមមិនអើពើអ៊ីមែលនេះ។',
    ],
  }),
};

/**
 * Writes an invitation to a business. The token travels in the link's fragment, which browsers
 * do not send to servers, so it stays out of access logs and Referer headers.
 */
export function businessInvitationNotice(
  notice: BusinessInvitationNoticeData,
  publicBaseUrl: string,
): MailContent {
  const text = TEXTS[notice.language]({
    inviterName: notice.inviterName,
    businessName: notice.businessName,
    taxCode: notice.taxCode,
    role: notice.role,
    acceptUrl: `${publicBaseUrl}/business/invitation#token=${notice.token}`,
    expiresAt: formatGateTime(notice.expiresAt, 'Asia/Ho_Chi_Minh'),
  });
  return composeSystemNotice(text, { language: notice.language, fullName: notice.inviteeName });
}
