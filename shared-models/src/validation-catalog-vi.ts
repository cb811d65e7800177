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
  unknownDeclarationKind:
    '{field}: vui lòng chọn tờ khai xuất nhập cảnh (crossing) hoặc tờ khai hàng hóa (cargo).',
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
  invalidTaxCode:
    '{field} không hợp lệ. Vui lòng nhập mã số thuế 10 chữ số; với chi nhánh, 10 chữ số, dấu gạch ngang và 3 chữ số (ví dụ 0314409058-002); với hộ kinh doanh, số định danh cá nhân 12 chữ số của chủ hộ.',
  taxCodeLetters: '{field} chỉ được gồm chữ số và dấu gạch ngang của mã chi nhánh. Vui lòng xóa các chữ cái.',
  invalidTaxCodeCheckDigit:
    '{field}: chữ số thứ 10 (chữ số kiểm tra) không khớp với 9 chữ số đầu. Vui lòng đối chiếu với giấy chứng nhận đăng ký doanh nghiệp để sửa lỗi gõ nhầm.',
  taxCodeBranchHyphen:
    '{field}: mã chi nhánh 13 chữ số được viết có dấu gạch ngang sau chữ số thứ 10, ví dụ 0314409058-002. Vui lòng thêm dấu gạch ngang.',
  invalidPhoneNumber: '{field} phải là số điện thoại từ 8 đến 15 chữ số, có thể bắt đầu bằng dấu +.',
  duplicateBusinessVehicle:
    '{field}: doanh nghiệp đã có phương tiện mang biển số này. Vui lòng sửa phương tiện đó.',
  duplicateBusinessDriver:
    '{field}: doanh nghiệp đã có lái xe với giấy tờ này. Vui lòng sửa thông tin lái xe đó.',
  watchlistValueTooShort:
    '{field} quá ngắn để đối chiếu an toàn: số giấy tờ cần ít nhất 5 chữ hoặc số, biển số 4 và họ tên 3 chữ cái.',
  watchlistFieldNotForKind: '{field} dùng cho loại mục khác. Vui lòng để trống với loại này.',
  watchlistExpiryTooFar: '{field} quá xa: một mục chỉ có hiệu lực tối đa 10 năm. Vui lòng chọn ngày sớm hơn.',
  watchlistDuplicateEntry:
    '{field}: đã có một mục đang hiệu lực với giá trị này. Vui lòng ngừng hiệu lực mục đó trước hoặc sửa dòng này.',
  csvRowMalformed:
    '{field}: dòng không có cùng số cột với dòng tiêu đề. Vui lòng kiểm tra dấu phân cách và dấu ngoặc kép.',
  csvColumnsMissing: '{field}: tệp thiếu các cột {columns}. Vui lòng dùng tệp mẫu.',
  duplicateItems: '{field} xuất hiện hai lần. Vui lòng gửi mỗi hồ sơ một lần.',
  invalidDecimal:
    '{field} phải là một số, ví dụ 1250.5: chỉ gồm chữ số, dùng dấu chấm trước phần thập phân, không có khoảng trắng hay dấu phân cách hàng nghìn.',
  tooManyDecimals: '{field} chỉ được có tối đa {decimals} chữ số thập phân. Vui lòng làm tròn.',
  tooManyDecimalsForUnit:
    '{field}: đơn vị tính này chỉ cho phép tối đa {decimals} chữ số thập phân. Vui lòng làm tròn số lượng hoặc chọn đơn vị khác.',
  decimalTooLarge: '{field} quá lớn. Vui lòng kiểm tra lại số.',
  mustBePositive: '{field} phải lớn hơn 0.',
  mustNotBeNegative: '{field} không được là số âm.',
  grossBelowNet:
    '{field}: trọng lượng cả bì không được nhỏ hơn trọng lượng tịnh. Vui lòng kiểm tra cả hai trọng lượng.',
  invalidCurrency: '{field} không phải là mã tiền tệ. Vui lòng nhập mã 3 chữ cái, ví dụ VND, USD hoặc KHR.',
  invalidHsCode: '{field} phải là mã HS 8 chữ số, ví dụ 0714.10.11. Vui lòng chọn mã trong danh sách.',
  unknownHsCode: '{field}: mã HS này không có trong Danh mục hàng hóa. Vui lòng chọn mã trong danh sách.',
  hsCodeNotSelectable:
    '{field}: đây là mã nhóm, không phải dòng hàng. Vui lòng chọn một mã 8 chữ số thuộc nhóm này.',
  hsCodeProhibited:
    '{field}: hàng hóa thuộc mã HS này không được phép qua cửa khẩu. Vui lòng kiểm tra lại mã.',
  unknownUnit: '{field} không có trong danh sách đơn vị tính. Vui lòng chọn trong danh sách.',
  invalidDateTime: '{field} không phải là ngày giờ hợp lệ. Vui lòng nhập cả ngày và giờ.',
  transportLicenceExpired:
    '{field}: giấy phép vận tải qua biên giới chỉ có hiệu lực đến ngày {date}, trước thời điểm dự kiến đến cửa khẩu. Vui lòng gia hạn giấy phép hoặc chọn phương tiện khác.',
  invalidTrailerPlate:
    '{field} không phải là biển số rơ moóc hợp lệ của Việt Nam. Rơ moóc và sơ mi rơ moóc mang sê-ri R, ví dụ 81R-012.34.',
  trailerSeriesOnVehicle:
    '{field}: sê-ri R dành cho rơ moóc và sơ mi rơ moóc. Ở đây hãy nhập biển số của xe tải hoặc xe đầu kéo, còn biển số rơ moóc nhập ở mục Rơ moóc.',
  noDriver: '{field}: cần có thông tin người lái xe.',
  tooManyCrew: '{field}: tối đa 3 người (người lái xe và 2 người phụ xe).',
  noGoodsLines: '{field}: vui lòng thêm ít nhất một dòng hàng.',
  tooManyGoodsLines: '{field}: mỗi tờ khai có tối đa 200 dòng hàng. Vui lòng tách lô hàng.',
  cargoSubmissionTooLate:
    '{field}: lô hàng phải được khai báo trước thời điểm dự kiến đến cửa khẩu ít nhất {minutes} phút, nên với thời điểm này hạn chót nộp là {latest}. Vui lòng chọn thời điểm đến muộn hơn.',
  attachmentTooLarge:
    '{field}: tệp lớn hơn 10 MB. Vui lòng quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.',
  attachmentInvalidType:
    '{field}: chỉ nhận tệp PDF, JPEG hoặc PNG, xét theo nội dung tệp. Tệp đã chọn không thuộc các loại này, dù tên tệp là gì. Vui lòng lưu hoặc quét giấy tờ thành tệp PDF.',
  invalidHsChapter: '{field}: cần một chương HS gồm 2 chữ số, từ 01 đến 99, ví dụ 07.',
  hsChapterRangeReversed: '{field}: đứng trước chương đầu của khoảng. Vui lòng đổi chỗ hai chương.',
  goodsImportFileType:
    '{field}: chỉ nhập được tệp CSV (UTF-8) và tệp Excel (.xlsx). Với tệp .xls cũ, vui lòng lưu lại thành .xlsx trước.',
  goodsImportTooLarge:
    '{field}: tệp lớn hơn 2 MB. Tệp 200 dòng hàng nhỏ hơn nhiều, vui lòng xóa các trang tính hoặc hình ảnh khác trong tệp.',
  goodsImportNotUtf8:
    '{field}: tệp CSV không được mã hóa UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel, vui lòng lưu dưới dạng "CSV UTF-8 (Comma delimited)" rồi nhập lại.',
  goodsImportEmpty:
    '{field}: tệp không có dòng hàng nào dưới dòng tiêu đề. Vui lòng điền vào tệp mẫu từ dòng 2.',
  goodsImportTooManyRows:
    '{field}: tệp có {count} dòng hàng, nhưng một tờ khai có tối đa {max} dòng. Vui lòng chia lô hàng thành nhiều tờ khai.',
  goodsImportUnreadable:
    '{field}: không đọc được tệp Excel. Tệp có thể bị hỏng hoặc được đặt mật khẩu. Vui lòng lưu lại tệp không có mật khẩu.',
  goodsImportDuplicateColumn: '{field}: các cột {column} chứa cùng một thông tin. Vui lòng chỉ giữ một cột.',
  cellFormulaWithoutValue:
    '{field}: ô chứa công thức nhưng kết quả không được lưu trong tệp. Vui lòng mở tệp bằng Excel, lưu lại rồi nhập lại.',
  cellError: '{field}: ô đang hiện lỗi Excel (như #N/A hoặc #VALUE!). Vui lòng sửa ô này.',
  unknownCountry:
    '{field}: "{value}" không phải tên nước đã biết. Vui lòng ghi mã ISO 3 chữ cái, ví dụ KHM, hoặc tên nước.',
  attachmentRequired:
    '{field}: lô hàng này bắt buộc phải có chứng từ này. Vui lòng đính kèm tệp PDF, JPEG hoặc PNG.',
  documentNotSighted:
    '{field}: lô hàng này bắt buộc phải có chứng từ này. Vui lòng kiểm tra bản giấy rồi đánh dấu đã kiểm tra.',
  photoUploadExpired: '{field}: ảnh này không còn trên máy chủ. Vui lòng chụp hoặc chọn lại ảnh.',
};

/** Vietnamese field labels, where `{n}` numbers a companion, a crew member or a goods line. */
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
  driver: 'Lái xe',
  crewMember: 'Phụ xe thứ {n}',
  driverAndCrew: 'Lái xe và phụ xe',
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
  taxCode: 'Mã số thuế',
  name: 'Tên',
  address: 'Địa chỉ',
  contactName: 'Người liên hệ',
  contactPhone: 'Số điện thoại liên hệ',
  contactEmail: 'E-mail liên hệ',
  vehicleType: 'Loại phương tiện',
  transportLicenceNumber: 'Số giấy phép vận tải qua biên giới',
  transportLicenceExpiry: 'Ngày hết hạn giấy phép vận tải',
  country: 'Quốc gia',
  language: 'Ngôn ngữ của e-mail',
  token: 'Liên kết mời',
  matchKind: 'Loại đối chiếu',
  value: 'Giá trị',
  documentCountry: 'Quốc gia cấp',
  expiresOn: 'Ngày hiệu lực cuối',
  csv: 'Tệp CSV',
  dryRun: 'Chỉ kiểm tra',
  items: 'Hồ sơ',
  ids: 'Hồ sơ',
  state: 'Trạng thái',
  expires_on: 'Ngày hiệu lực cuối',
  match_kind: 'Loại đối chiếu',
  document_type: 'Loại giấy tờ',
  document_country: 'Quốc gia cấp',
  date_of_birth: 'Ngày sinh',
  row: 'Dòng',
  reasonKind: 'Loại lý do',
  templateId: 'Mẫu lý do',
  templates: 'Thứ tự mẫu lý do',
  textVi: 'Nội dung tiếng Việt',
  textEn: 'Nội dung tiếng Anh',
  active: 'Đang dùng',
  officerId: 'Cán bộ',
  action: 'Thao tác',
  record: 'Hồ sơ',
  from: 'Từ ngày',
  to: 'Đến ngày',
  ip: 'Địa chỉ IP',
  hsCode: 'Mã HS',
  description: 'Mô tả hàng hóa',
  quantity: 'Số lượng',
  unitCode: 'Đơn vị tính',
  netWeightKg: 'Trọng lượng tịnh (kg)',
  grossWeightKg: 'Trọng lượng cả bì (kg)',
  currency: 'Loại tiền',
  originCountry: 'Xuất xứ',
  goodsLines: 'Hàng hóa',
  goodsLine: 'Dòng hàng {n}',
  plannedArrivalAt: 'Thời điểm dự kiến đến cửa khẩu',
  counterpart: 'Đối tác nước ngoài',
  trailer: 'Rơ moóc',
  q: 'Từ khóa tìm kiếm',
  file: 'Tệp',
  attachmentType: 'Loại giấy tờ đính kèm',
  hsChapterFrom: 'Chương HS đầu',
  hsChapterTo: 'Chương HS cuối',
  hsControl: 'Diện quản lý của mã HS',
  expectedHsControl: 'Diện quản lý của mã HS trước khi sửa',
  noteVi: 'Ghi chú tiếng Việt',
  noteEn: 'Ghi chú tiếng Anh',
  apply: 'Thay các dòng hàng',
  attachments: 'Chứng từ đính kèm',
  documentsSighted: 'Chứng từ giấy đã kiểm tra',
  company: 'Doanh nghiệp khai báo',
  commercial_invoice: 'Hóa đơn thương mại',
  packing_list: 'Phiếu đóng gói (packing list)',
  certificate_of_origin_form_d: 'Giấy chứng nhận xuất xứ (mẫu D)',
  phytosanitary_certificate: 'Giấy chứng nhận kiểm dịch thực vật',
  import_export_licence: 'Giấy phép nhập khẩu hoặc xuất khẩu',
  other: 'Chứng từ khác',
};
