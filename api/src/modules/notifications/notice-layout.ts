import { Language, displayDateOnly, type Direction } from '@smartgate/shared-models';

/** Subject and plain-text body of an e-mail. */
export interface MailContent {
  subject: string;
  text: string;
}

/** A gate's names as stored; the Khmer name is optional. */
export interface GateNames {
  gateNameVi: string;
  gateNameEn: string;
  gateNameKm: string | null;
}

/** Reads a stored preferred language; anything unexpected gets Vietnamese, the default. */
export function noticeLanguage(stored: string | null | undefined): Language {
  const parsed = Language.safeParse(stored);
  return parsed.success ? parsed.data : 'vi';
}

/** Picks the gate name in a language. Khmer falls back to English where no Khmer name was entered. */
export function localizedGateName(gate: GateNames, language: Language): string {
  if (language === 'vi') {
    return gate.gateNameVi;
  }
  return language === 'km' && gate.gateNameKm ? gate.gateNameKm : gate.gateNameEn;
}

const DIRECTION_LABELS: Record<Language, Record<Direction, string>> = {
  vi: { entry: 'Nhập cảnh vào Việt Nam', exit: 'Xuất cảnh khỏi Việt Nam' },
  en: { entry: 'Entry into Vietnam', exit: 'Exit from Vietnam' },
  km: { entry: 'ចូលប្រទេសវៀតណាម', exit: 'ចេញពីប្រទេសវៀតណាម' },
};

/** Names a crossing direction in a language, as the portal does. */
export function directionLabel(direction: Direction, language: Language): string {
  return DIRECTION_LABELS[language][direction];
}

/** Writes a `YYYY-MM-DD` date as dd/MM/yyyy, without turning it into a timestamp. */
export function formatDate(date: string): string {
  return displayDateOnly(date);
}

/**
 * The portal page of a declaration: the applicant's own page, or the company's cargo page for a
 * cargo declaration, which every member of the business can open.
 */
export function declarationPageUrl(
  publicBaseUrl: string,
  declaration: { declarationId: string; businessId: string | null },
): string {
  return declaration.businessId
    ? `${publicBaseUrl}/business/${declaration.businessId}/cargo/${declaration.declarationId}`
    : `${publicBaseUrl}/declarations/${declaration.declarationId}`;
}

/** Formats a timestamp as dd/MM/yyyy HH:mm in the gate's time zone, as the apps show timestamps. */
export function formatGateTime(timestamp: Date, timeZone: string): string {
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

const GREETINGS: Record<Language, (fullName: string) => string> = {
  vi: (fullName) => `Kính gửi ${fullName},`,
  en: (fullName) => `Dear ${fullName},`,
  km: (fullName) => `ជូនចំពោះ ${fullName}`,
};

/** The sender named under each notice: the Border Guard station of the declaration's gate. */
const SIGNATURES: Record<Language, (gateName: string) => string> = {
  vi: (gateName) => `Đồn Biên phòng ${gateName}`,
  en: (gateName) => `${gateName} Border Guard Station`,
  km: (gateName) => `ប៉ុស្តិ៍ការពារព្រំដែន ${gateName}`,
};

const AUTOMATED_FOOTERS: Record<Language, string> = {
  vi: 'Đây là thư tự động của hệ thống SmartGate. Vui lòng không trả lời thư này.',
  en: 'This is an automated message from SmartGate. Please do not reply to it.',
  km: 'នេះជាសារស្វ័យប្រវត្តិពីប្រព័ន្ធ SmartGate។ សូមកុំឆ្លើយតបសារនេះ។',
};

/** A notice's subject and its paragraphs before layout, each paragraph one or more lines. */
export interface NoticeText {
  subject: string;
  paragraphs: readonly (string | readonly string[])[];
}

/** Recipient of a notice, and the gate whose Border Guard station signs it. */
export interface NoticeAddress {
  language: Language;
  fullName: string;
  gateName: string;
}

/**
 * Lays out a plain-text notice: the greeting, the paragraphs separated by blank lines, the
 * gate's Border Guard station as sender and a line saying that replies are not read.
 */
export function composeNotice(text: NoticeText, address: NoticeAddress): MailContent {
  const paragraphs = text.paragraphs.map((paragraph) =>
    typeof paragraph === 'string' ? paragraph : paragraph.join('\n'),
  );
  const body = [
    GREETINGS[address.language](address.fullName),
    ...paragraphs,
    SIGNATURES[address.language](address.gateName),
    `-- \n${AUTOMATED_FOOTERS[address.language]}`,
  ].join('\n\n');
  return { subject: text.subject, text: body };
}

const SYSTEM_GREETINGS: Record<Language, string> = {
  vi: 'Xin chào,',
  en: 'Hello,',
  km: 'សួស្តី',
};

const SYSTEM_SIGNATURES: Record<Language, string> = {
  vi: 'Hệ thống SmartGate',
  en: 'The SmartGate system',
  km: 'ប្រព័ន្ធ SmartGate',
};

/**
 * Lays out a plain-text notice that no gate sends, such as an invitation to a business: the
 * greeting (by name when the recipient has an account), the paragraphs, SmartGate as sender and
 * the line saying that replies are not read.
 */
export function composeSystemNotice(
  text: NoticeText,
  recipient: { language: Language; fullName?: string },
): MailContent {
  const greeting = recipient.fullName
    ? GREETINGS[recipient.language](recipient.fullName)
    : SYSTEM_GREETINGS[recipient.language];
  const paragraphs = text.paragraphs.map((paragraph) =>
    typeof paragraph === 'string' ? paragraph : paragraph.join('\n'),
  );
  const body = [
    greeting,
    ...paragraphs,
    SYSTEM_SIGNATURES[recipient.language],
    `-- \n${AUTOMATED_FOOTERS[recipient.language]}`,
  ].join('\n\n');
  return { subject: text.subject, text: body };
}
