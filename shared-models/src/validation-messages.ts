import type { Language } from './language';

/** Message templates by key; `{field}` is replaced with the field's label. */
type MessageCatalog = Record<string, string>;

const vi: MessageCatalog = {
  required: '{field}: chưa nhập. Vui lòng điền thông tin này.',
  tooLong: '{field}: quá dài. Vui lòng rút gọn.',
  tooBig: '{field}: giá trị quá lớn.',
  invalidType: '{field}: giá trị không hợp lệ.',
  invalidOption: '{field}: vui lòng chọn một giá trị trong danh sách.',
  invalidDate: '{field}: ngày không hợp lệ. Vui lòng nhập theo dạng dd/MM/yyyy.',
  dateInPast: '{field}: ngày đã qua. Vui lòng chọn hôm nay hoặc một ngày sau.',
  dateInFuture: '{field}: không được là ngày trong tương lai.',
  documentExpiresBeforeCrossing:
    '{field}: giấy tờ hết hạn trước ngày dự kiến qua cửa khẩu. Vui lòng dùng giấy tờ còn hạn.',
  invalidCountry: '{field}: mã quốc gia không hợp lệ. Vui lòng chọn trong danh sách.',
  invalidDocumentNumber: '{field}: chỉ gồm 5–20 chữ cái Latinh và chữ số, không dấu cách.',
  noTravellers: '{field}: cần ít nhất một người (người khai chính).',
  tooManyTravellers: '{field}: tối đa 10 người (người khai chính và 9 người đi cùng).',
  invalidEmail: '{field}: địa chỉ e-mail không hợp lệ.',
  passwordTooShort: '{field}: cần ít nhất 10 ký tự.',
  invalidVersion: '{field}: phiên bản không hợp lệ. Vui lòng tải lại trang.',
  invalidNumber: '{field}: cần một số nguyên dương.',
  unknownGate: '{field}: cửa khẩu không tồn tại. Vui lòng chọn trong danh sách.',
  unknownPurpose: '{field}: mục đích không có trong danh sách. Vui lòng chọn lại.',
  unknownField: '{field}: trường này không được hỗ trợ.',
  invalid: '{field}: giá trị không hợp lệ.',
};

const en: MessageCatalog = {
  required: '{field} is missing. Please fill it in.',
  tooLong: '{field} is too long. Please shorten it.',
  tooBig: '{field} is too large.',
  invalidType: '{field} has an invalid value.',
  invalidOption: '{field}: please choose one of the listed values.',
  invalidDate: '{field} is not a valid date. Please enter it as dd/MM/yyyy.',
  dateInPast: '{field} is in the past. Please choose today or a later day.',
  dateInFuture: '{field} cannot be in the future.',
  documentExpiresBeforeCrossing:
    '{field}: the document expires before the planned crossing date. Please use a valid document.',
  invalidCountry: '{field} is not a valid country code. Please choose one from the list.',
  invalidDocumentNumber: '{field} must be 5 to 20 Latin letters and digits, without spaces.',
  noTravellers: '{field}: at least one person (the lead traveller) is required.',
  tooManyTravellers: '{field}: at most 10 people (the lead traveller and 9 companions).',
  invalidEmail: '{field} is not a valid e-mail address.',
  passwordTooShort: '{field} must have at least 10 characters.',
  invalidVersion: '{field} is invalid. Please reload the page.',
  invalidNumber: '{field} must be a positive whole number.',
  unknownGate: '{field} is not a known border gate. Please choose one from the list.',
  unknownPurpose: '{field} is not a listed purpose. Please choose one from the list.',
  unknownField: '{field} is not a supported field.',
  invalid: '{field} has an invalid value.',
};

const fieldLabels: Record<'vi' | 'en', Record<string, string>> = {
  vi: {
    fullName: 'Họ và tên',
    sex: 'Giới tính',
    dateOfBirth: 'Ngày sinh',
    nationality: 'Quốc tịch',
    documentType: 'Loại giấy tờ',
    documentNumber: 'Số giấy tờ',
    documentExpiryDate: 'Ngày hết hạn giấy tờ',
    gateCode: 'Cửa khẩu',
    direction: 'Hướng đi',
    plannedCrossingDate: 'Ngày dự kiến qua cửa khẩu',
    purposeCode: 'Mục đích',
    travellers: 'Danh sách người đi',
    email: 'E-mail',
    password: 'Mật khẩu',
    username: 'Tên đăng nhập',
    reason: 'Lý do',
    version: 'Phiên bản',
    page: 'Trang',
    pageSize: 'Số dòng mỗi trang',
    preferredLanguage: 'Ngôn ngữ',
    leadTraveller: 'Người khai chính',
    companion: 'Người đi cùng {n}',
  },
  en: {
    fullName: 'Full name',
    sex: 'Sex',
    dateOfBirth: 'Date of birth',
    nationality: 'Nationality',
    documentType: 'Document type',
    documentNumber: 'Document number',
    documentExpiryDate: 'Document expiry date',
    gateCode: 'Border gate',
    direction: 'Direction',
    plannedCrossingDate: 'Planned crossing date',
    purposeCode: 'Purpose',
    travellers: 'Travellers',
    email: 'E-mail',
    password: 'Password',
    username: 'Username',
    reason: 'Reason',
    version: 'Version',
    page: 'Page',
    pageSize: 'Page size',
    preferredLanguage: 'Language',
    leadTraveller: 'Lead traveller',
    companion: 'Companion {n}',
  },
};

/** Languages with a complete message catalog; others fall back to English. */
function catalogLanguage(language: Language | string): 'vi' | 'en' {
  return language === 'vi' ? 'vi' : 'en';
}

/**
 * Builds a label naming a field by its path, such as "Companion 1 – Full name" for
 * `travellers.1.fullName`. The lead traveller is always `travellers.0`.
 */
export function fieldLabel(path: readonly (string | number)[], language: Language | string): string {
  const labels = fieldLabels[catalogLanguage(language)];
  const parts: string[] = [];

  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const next = path[index + 1];
    if (segment === 'travellers' && typeof next === 'number') {
      parts.push(next === 0 ? labels['leadTraveller'] : labels['companion'].replace('{n}', String(next)));
      index++;
    } else if (typeof segment === 'string') {
      parts.push(labels[segment] ?? segment);
    }
  }

  return parts.join(' – ');
}

/** Renders a validation message key for a field path in a language. Unknown keys render as "invalid". */
export function validationMessage(
  key: string,
  path: readonly (string | number)[],
  language: Language | string,
): string {
  const catalog = catalogLanguage(language) === 'vi' ? vi : en;
  const template = catalog[key] ?? catalog['invalid'];
  return template.replaceAll('{field}', fieldLabel(path, language));
}

/** Message keys that the schemas use, for catalogs kept elsewhere (the SPAs' translation files). */
export const VALIDATION_MESSAGE_KEYS = Object.keys(en);
