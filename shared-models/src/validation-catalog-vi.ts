import type { FieldLabelKey, ValidationMessageKey } from './validation-catalog-en';

/** Vietnamese validation messages by key, where `{field}` is replaced with the field's label. */
export const VI_MESSAGES: Record<ValidationMessageKey, string> = {
  required: '{field}: chưa nhập. Vui lòng điền thông tin này.',
  tooLong: '{field}: quá dài. Vui lòng rút gọn.',
  tooBig: '{field}: giá trị quá lớn.',
  invalidType: '{field}: giá trị không hợp lệ.',
  invalidOption: '{field}: vui lòng chọn một giá trị trong danh sách.',
  invalidDate: '{field}: ngày không hợp lệ. Vui lòng nhập theo dạng dd/MM/yyyy.',
  dateInPast: '{field}: ngày đã qua. Vui lòng chọn hôm nay hoặc một ngày sau.',
  outsideSubmissionWindow:
    '{field}: ngày này còn quá xa. Tờ khai cho ngày này chỉ được nộp từ {from} đến {until}. Vui lòng nộp trong khoảng đó, hoặc chọn ngày sớm hơn.',
  dateInFuture: '{field}: không được là ngày trong tương lai.',
  documentExpiresBeforeCrossing:
    '{field}: giấy tờ hết hạn trước ngày dự kiến qua cửa khẩu. Vui lòng dùng giấy tờ còn hạn.',
  invalidCountry: '{field}: mã quốc gia không hợp lệ. Vui lòng chọn trong danh sách.',
  invalidDocumentNumber: '{field}: chỉ gồm 5–20 chữ cái Latinh và chữ số, không dấu cách.',
  invalidName:
    '{field}: chỉ gồm chữ cái Latinh (được dùng dấu tiếng Việt), dấu cách, dấu gạch nối, dấu nháy đơn và dấu chấm, ghi đúng như trên giấy tờ.',
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
  mrzFormat:
    '{field}: không phải vùng đọc máy (MRZ). Vui lòng dán 2 dòng 44 ký tự của hộ chiếu hoặc 3 dòng 30 ký tự của thẻ căn cước.',
  mrzCharacters: '{field}: chỉ được gồm chữ cái A–Z, chữ số và dấu <. Vui lòng kiểm tra nội dung đã dán.',
  mrzCheckDigit:
    '{field}: số kiểm tra trong vùng đọc máy (MRZ) không khớp. Vui lòng kiểm tra lỗi gõ ở phần này của MRZ.',
  mrzInvalidDate: '{field}: vùng đọc máy (MRZ) không có ngày hợp lệ ở vị trí này. Vui lòng tự nhập ngày.',
  mrzUnknownCountry:
    '{field}: mã trong vùng đọc máy (MRZ) không có trong danh sách quốc gia. Vui lòng tự chọn quốc gia.',
  mrzSpecimen: '{field}: mã UTO dành cho giấy tờ mẫu của ICAO, chỉ được chấp nhận trên máy chủ trình diễn.',
  mrzInvalidSex: '{field}: vùng đọc máy (MRZ) phải ghi M, F, X hoặc < ở vị trí này.',
  mrzMismatch: '{field}: không khớp với vùng đọc máy (MRZ). Vui lòng kiểm tra lại trường này và MRZ.',
  cccdFormat: '{field}: số căn cước công dân gồm đúng 12 chữ số.',
  cccdUnknownProvince: '{field}: 3 chữ số đầu không phải mã tỉnh của Việt Nam. Vui lòng kiểm tra lại số.',
  cccdInvalidCentury: '{field}: chữ số thứ 4 cho ra năm sinh trong tương lai. Vui lòng kiểm tra lại số.',
  cccdBirthYearMismatch:
    '{field}: chữ số thứ 4 đến 6 (thế kỷ và năm sinh) không khớp với ngày sinh. Vui lòng kiểm tra lại số và ngày sinh.',
  cccdSexMismatch:
    '{field}: chữ số thứ 4 (giới tính) không khớp với giới tính đã chọn. Vui lòng kiểm tra lại số và giới tính.',
};

/** Vietnamese field labels, where `{n}` is a companion's number. */
export const VI_FIELD_LABELS: Record<FieldLabelKey, string> = {
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
  mrz: 'Vùng đọc máy (MRZ)',
  issuingState: 'Quốc gia cấp',
  optionalData: 'Dữ liệu tùy chọn trong MRZ',
  compositeCheckDigit: 'Số kiểm tra tổng hợp của MRZ',
};
