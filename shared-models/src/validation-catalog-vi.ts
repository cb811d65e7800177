import type { FieldLabelKey, ValidationMessageKey } from './validation-catalog-en';

/** Vietnamese validation messages by key, where `{field}` is replaced with the field's label. */
export const VI_MESSAGES: Record<ValidationMessageKey, string> = {
  invalidReferenceCode:
    '{field} không hợp lệ. Mã có dạng LT-7K3Q-9C2M: mã cửa khẩu và 8 chữ cái hoặc chữ số, như trong e-mail xác nhận nộp tờ khai.',
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
  duplicateTravellerProfile:
    '{field}: bạn đã lưu một người đi với giấy tờ này. Vui lòng sửa người đã lưu đó thay vì thêm mới.',
  invalidEmail: '{field}: địa chỉ e-mail không hợp lệ.',
  passwordTooShort: '{field}: cần ít nhất 10 ký tự.',
  invalidTotpCode: '{field}: cần đúng 6 chữ số hiển thị trong ứng dụng xác thực.',
  totpCodeWrong: '{field}: không đúng hoặc đã hết hạn. Vui lòng nhập mã hiện tại trong ứng dụng xác thực.',
  invalidUsername:
    '{field}: gồm 3 đến 64 chữ Latin thường, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số.',
  passwordReused: '{field}: phải khác mật khẩu hiện tại.',
  currentPasswordWrong: '{field}: không đúng. Vui lòng nhập mật khẩu bạn dùng để đăng nhập.',
  invalidVersion: '{field}: phiên bản không hợp lệ. Vui lòng tải lại trang.',
  invalidNumber: '{field}: cần một số nguyên dương.',
  unknownGate: '{field}: cửa khẩu không tồn tại. Vui lòng chọn trong danh sách.',
  unknownPurpose: '{field}: mục đích không có trong danh sách. Vui lòng chọn lại.',
  unknownField: '{field}: trường này không được hỗ trợ.',
  searchTooShort: '{field}: vui lòng nhập ít nhất 2 ký tự.',
  searchTooLong: '{field} quá dài. Vui lòng nhập tối đa 100 ký tự.',
  searchNotInUrl:
    '{field}: nội dung tìm kiếm có thể chứa dữ liệu cá nhân nên không được đặt trong địa chỉ. Vui lòng gửi trong nội dung của POST /api/officer/declarations/search.',
  dateBeforeStart: '{field} trước ngày bắt đầu. Vui lòng chọn ngày bắt đầu hoặc một ngày sau đó.',
  pageBeyondLimit:
    '{field}: chỉ có thể xem 10.000 kết quả đầu tiên. Vui lòng thu hẹp nội dung tìm kiếm hoặc bộ lọc.',
  unknownDeclarationKind: '{field}: hiện chỉ có thể liệt kê tờ khai xuất nhập cảnh (crossing).',
  unknownDeclarationField:
    '{field}: "{value}" không phải là một trường của tờ khai này. Vui lòng chọn trường trong danh sách.',
  duplicateDeclarationField: '{field}: "{value}" đã có nhận xét. Vui lòng viết một nhận xét cho mỗi trường.',
  changeRequestEmpty:
    '{field}: chưa nhập. Vui lòng viết nhận xét chung hoặc nhận xét cho ít nhất một trường.',
  invalid: '{field}: giá trị không hợp lệ.',
  photoRequired:
    '{field}: loại giấy tờ này cần ảnh chân dung. Vui lòng thêm ảnh chụp khuôn mặt của người đi.',
  photoTooLarge: '{field}: tệp lớn hơn 5 MB. Vui lòng chọn ảnh nhỏ hơn.',
  photoInvalidType: '{field}: chỉ nhận ảnh JPEG hoặc PNG. Tệp đã chọn không phải ảnh JPEG hay PNG.',
  photoUnreadable: '{field}: không đọc được ảnh, tệp có thể bị hỏng. Vui lòng chọn ảnh khác.',
  photoTooSmall: '{field}: ảnh quá nhỏ. Ảnh cần có kích thước ít nhất 300 × 400 điểm ảnh.',
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
  nationalityNotAllowedForDocument:
    '{field}: loại giấy tờ này chỉ cấp cho công dân mang quốc tịch {allowed}. Vui lòng kiểm tra lại quốc tịch hoặc chọn loại giấy tờ khác.',
  invalidPassportNumber:
    '{field}: số hộ chiếu gồm 6 đến 9 chữ cái Latinh và chữ số, ghi đúng như trên trang thông tin.',
  issueDateAfterExpiry: '{field}: sau ngày hết hạn. Vui lòng kiểm tra lại cả hai ngày.',
  documentValidityTooLong:
    '{field}: giấy tờ này có thời hạn tối đa {months} tháng kể từ ngày cấp. Vui lòng kiểm tra lại ngày cấp và ngày hết hạn.',
  documentProvinceNotAllowed:
    '{field}: tại cửa khẩu này, giấy tờ phải có giá trị tại {provinces}. Vui lòng kiểm tra tỉnh ghi trên giấy tờ hoặc dùng giấy tờ khác.',
  documentExpiresSoon:
    '{field}: giấy tờ hết hạn trong vòng chưa đầy {months} tháng sau ngày dự kiến qua cửa khẩu. Tờ khai vẫn được chấp nhận, nhưng nước bạn có thể từ chối, vì vậy vui lòng sớm gia hạn.',
  issueDateNeededForValidity: '{field}: phải bật khi đã đặt thời hạn tối đa.',
  invalidVietnamPlate:
    '{field}: không phải biển số xe Việt Nam hợp lệ. Vui lòng nhập đúng như trên biển, ví dụ 81A-123.45 với ô tô hoặc 81B1-234.56 với xe máy.',
  invalidForeignPlate:
    '{field}: chỉ gồm chữ cái (Khmer hoặc Latinh), chữ số, dấu cách, dấu chấm và dấu gạch ngang, từ 2 đến 20 ký tự.',
};

/** Vietnamese field labels, where `{n}` is a companion's number. */
export const VI_FIELD_LABELS: Record<FieldLabelKey, string> = {
  referenceCode: 'Mã tham chiếu',
  leadDateOfBirth: 'Ngày sinh của người khai chính',
  fullName: 'Họ và tên',
  sex: 'Giới tính',
  dateOfBirth: 'Ngày sinh',
  nationality: 'Quốc tịch',
  documentType: 'Loại giấy tờ',
  documentNumber: 'Số giấy tờ',
  documentExpiryDate: 'Ngày hết hạn giấy tờ',
  documentIssueDate: 'Ngày cấp giấy tờ',
  documentValidProvince: 'Tỉnh mà giấy tờ có giá trị',
  vehicle: 'Phương tiện',
  kind: 'Loại phương tiện',
  plateCountry: 'Quốc gia cấp biển số',
  plateNumber: 'Biển số',
  numberFormat: 'Định dạng số',
  expiryWarningMonths: 'Cảnh báo hết hạn (tháng)',
  maxValidityMonths: 'Thời hạn tối đa (tháng)',
  requiresIssueDate: 'Bắt buộc ngày cấp',
  validProvinceRule: 'Tỉnh mà giấy tờ phải có giá trị',
  allowedNationalities: 'Quốc tịch được phép',
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
  search: 'Tìm kiếm',
  queue: 'Hàng đợi',
  declarationKind: 'Loại tờ khai',
  gate: 'Cửa khẩu',
  plannedFrom: 'Ngày dự kiến qua cửa khẩu từ',
  plannedTo: 'Ngày dự kiến qua cửa khẩu đến',
  status: 'Trạng thái',
  sort: 'Sắp xếp theo',
  order: 'Thứ tự sắp xếp',
  takeOver: 'Tiếp nhận từ cán bộ khác',
  preferredLanguage: 'Ngôn ngữ',
  leadTraveller: 'Người khai chính',
  companion: 'Người đi cùng {n}',
  photo: 'Ảnh chân dung',
  mrz: 'Vùng đọc máy (MRZ)',
  issuingState: 'Quốc gia cấp',
  optionalData: 'Dữ liệu tùy chọn trong MRZ',
  compositeCheckDigit: 'Số kiểm tra tổng hợp của MRZ',
  code: 'Mã xác thực',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  role: 'Vai trò',
  gateCodes: 'Cửa khẩu',
  comment: 'Nhận xét',
  fieldComments: 'Nhận xét theo trường',
  field: 'Trường',
};
