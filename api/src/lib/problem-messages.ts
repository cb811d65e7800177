import type { AnyProblemType, ProblemDetailKey } from './errors';

import type { ResponseLanguage } from './request-language';

/**
 * Languages whose problem catalogs must be complete to compile. Khmer is kept in
 * `problem-messages-km.ts`, and other requested languages get Vietnamese, the default.
 */
export type ProblemLanguage = Exclude<ResponseLanguage, 'km'>;

/** Problem titles by type: one short sentence per stable type. */
export const PROBLEM_TITLES: Record<ProblemLanguage, Record<AnyProblemType, string>> = {
  vi: {
    'validation-failed': 'Dữ liệu không hợp lệ.',
    unauthenticated: 'Bạn chưa đăng nhập.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    'csrf-token-invalid': 'Mã bảo vệ biểu mẫu (CSRF) không hợp lệ.',
    'not-found': 'Không tìm thấy.',
    'version-conflict': 'Hồ sơ đã được thay đổi ở nơi khác.',
    'declaration-held': 'Hồ sơ đang do cán bộ khác xử lý.',
    'declaration-not-assigned': 'Hồ sơ chưa được giao cho bạn.',
    'invalid-status-transition': 'Trạng thái hồ sơ không cho phép thao tác này.',
    'email-already-registered': 'E-mail này đã được đăng ký.',
    'account-locked': 'Tài khoản đang bị khóa.',
    'username-taken': 'Tên đăng nhập này đã có người dùng.',
    'invalid-credentials': 'Thông tin đăng nhập không đúng.',
    'too-many-requests': 'Quá nhiều yêu cầu.',
    'payload-too-large': 'Dữ liệu gửi lên quá lớn.',
    'tax-code-registered': 'Mã số thuế này đã được đăng ký.',
    'business-membership-conflict': 'Không thể thay đổi thành viên doanh nghiệp như vậy.',
    'limit-reached': 'Đã đạt giới hạn cho phép.',
    'internal-error': 'Đã xảy ra lỗi hệ thống.',
    'unsupported-media-type': 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
    'service-unavailable': 'Dịch vụ tạm thời không hoạt động.',
  },
  en: {
    'validation-failed': 'The request contains invalid data.',
    unauthenticated: 'You are not signed in.',
    forbidden: 'You are not allowed to do this.',
    'csrf-token-invalid': 'The form protection (CSRF) token is invalid.',
    'not-found': 'Not found.',
    'version-conflict': 'The record was changed elsewhere.',
    'declaration-held': 'Another officer is handling this declaration.',
    'declaration-not-assigned': 'The declaration is not assigned to you.',
    'invalid-status-transition': 'The record status does not allow this action.',
    'email-already-registered': 'This e-mail address is already registered.',
    'account-locked': 'The account is locked.',
    'username-taken': 'This username is already taken.',
    'invalid-credentials': 'The sign-in details are incorrect.',
    'too-many-requests': 'Too many requests.',
    'payload-too-large': 'The request body is too large.',
    'tax-code-registered': 'This tax code is already registered.',
    'business-membership-conflict': 'The members of the business cannot be changed this way.',
    'limit-reached': 'A limit has been reached.',
    'internal-error': 'An internal error occurred.',
    'unsupported-media-type': 'The format of the request body is not supported.',
    'service-unavailable': 'The service is temporarily unavailable.',
  },
};

/** Problem details by key: what failed and what the user can do next. */
export const PROBLEM_DETAILS: Record<ProblemLanguage, Record<ProblemDetailKey, string>> = {
  vi: {
    invalidRequest: 'Vui lòng kiểm tra các trường được liệt kê.',
    incompleteDeclaration: 'Tờ khai chưa đầy đủ. Vui lòng bổ sung các trường được liệt kê rồi nộp lại.',
    malformedJson: 'Nội dung yêu cầu không phải JSON hợp lệ.',
    malformedUrl: 'Địa chỉ yêu cầu chứa mã phần trăm (%) không hợp lệ. Vui lòng kiểm tra lại đường dẫn.',
    unreadableBody: 'Không đọc được nội dung yêu cầu: dữ liệu bị thiếu hoặc không khớp với Content-Encoding.',
    bodyTooDeep: 'Nội dung yêu cầu lồng nhau quá 32 cấp.',
    unsupportedMediaType: 'Vui lòng gửi nội dung dạng JSON với Content-Type: application/json.',
    unsupportedCharset: 'Nội dung JSON phải được mã hóa UTF-8.',
    unsupportedEncoding:
      'Content-Encoding này không được hỗ trợ. Vui lòng gửi không nén hoặc nén gzip, deflate, br.',
    photoNotAccepted: 'Ảnh không được chấp nhận. Vui lòng xem thông báo ở trường ảnh chân dung.',
    photoUploadFormat: 'Vui lòng gửi ảnh dạng multipart/form-data, tệp ảnh đặt trong trường "photo".',
    attachmentNotAccepted: 'Tệp đính kèm không được chấp nhận. Vui lòng xem thông báo ở trường được liệt kê.',
    attachmentUploadFormat:
      'Vui lòng gửi tệp đính kèm dạng multipart/form-data: loại giấy tờ trong trường "type", tệp trong trường "file".',
    attachmentLimit:
      'Mỗi tờ khai có tối đa 30 tệp đính kèm. Vui lòng xóa tệp không cần thiết rồi tải lên lại.',
    goodsImportNotAccepted: 'Không nhập được tệp hàng hóa. Vui lòng xem thông báo ở trường tệp.',
    goodsImportUploadFormat:
      'Vui lòng gửi tệp CSV hoặc XLSX dạng multipart/form-data, tệp đặt trong trường "file".',
    valueNotStorable:
      'Một giá trị quá dài hoặc nằm ngoài phạm vi cho phép. Vui lòng kiểm tra dữ liệu đã nhập.',
    requestNotProcessed: 'Không xử lý được yêu cầu. Vui lòng kiểm tra lại rồi thử lại.',
    databaseUnavailable: 'Không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
    declarationNotEditable:
      'Chỉ có thể sửa hoặc nộp tờ khai ở trạng thái nháp hoặc khi cán bộ yêu cầu bổ sung, sửa đổi.',
    declarationNotSubmitted: 'Chỉ có thể duyệt, từ chối hoặc yêu cầu sửa đổi tờ khai đã nộp.',
    declarationNotWithdrawable: 'Chỉ có thể rút tờ khai khi chưa được quyết định.',
    declarationNotIssued: 'Kết quả chưa được cấp cho tờ khai này.',
    resultNotIssued: 'Chỉ có thể thu hồi kết quả đã được cấp và chưa bị thu hồi.',
    resultNotFailed: 'Chỉ có thể tạo lại kết quả khi lần tạo trước đã thất bại.',
    roleNotAllowed: 'Vai trò cán bộ của bạn không được phép thực hiện thao tác này.',
    staleVersion: 'Vui lòng tải lại trang để xem phiên bản mới nhất rồi thử lại.',
    draftChangedByAnother:
      'Một người khác trong công ty đã lưu hoặc nộp tờ khai này trước bạn, nên thay đổi của bạn chưa được lưu. Phiên bản hiện tại được gửi kèm để bạn so sánh: hãy áp dụng lại thay đổi của mình lên phiên bản đó rồi lưu lại.',
    declarationHeld:
      'Tờ khai này đang do cán bộ {holder} xử lý. Chỉ cán bộ đó được quyết định, trừ khi lãnh đạo tiếp nhận lại.',
    reasonTemplateLimit:
      'Mỗi loại lý do có tối đa 100 mẫu. Vui lòng sửa hoặc ngừng dùng một mẫu cũ thay vì thêm mẫu mới.',
    declarationNotAssigned: 'Vui lòng nhận xử lý tờ khai này trước khi duyệt, từ chối hoặc yêu cầu sửa đổi.',
    wrongPrincipal: 'Tài khoản này không dùng được cho chức năng này.',
    signInRequired: 'Vui lòng đăng nhập rồi thử lại.',
    csrfTokenInvalid: 'Vui lòng tải lại trang rồi thử lại.',
    watchlistEntryInactive: 'Mục này đã ngừng hiệu lực trước đó. Danh sách đã được tải lại.',
    gateNotAssigned:
      'Bạn chưa được phân công làm việc tại cửa khẩu này. Vui lòng chọn cửa khẩu của mình hoặc liên hệ quản trị viên.',
    idempotencyKeyReused:
      'Khóa Idempotency-Key này đã được dùng cho một tờ khai khác với nội dung khác. Vui lòng tạo khóa mới cho mỗi tờ khai.',
    crossingAlreadyRecorded:
      'Lượt qua cửa khẩu của người này đã được ghi nhận ở một làn khác. Màn hình đã tải lại để hiển thị thời điểm ghi nhận.',
    crossingNotAllowed:
      'Kết quả này không cho phép qua cửa khẩu tại làn này hôm nay (đã thu hồi, hết hạn, hoặc khác cửa khẩu, hướng hay ngày). Vui lòng quét lại để xem lý do.',
    cameraKeyInvalid:
      'Khóa API của camera không đúng hoặc đã bị thu hồi. Vui lòng xin quản trị viên cấp khóa mới.',
    cameraMismatch: 'Khóa API này thuộc về một camera khác. Vui lòng gửi cameraId của chính camera giữ khóa.',
    tooManyStatusLookups:
      'Có quá nhiều lần tra cứu không khớp với tờ khai nào. Vui lòng đợi 15 phút, rồi kiểm tra mã tham chiếu và ngày sinh và thử lại.',
    declarationStatusNotFound:
      'Không có tờ khai nào khớp với mã tham chiếu và ngày sinh này. Vui lòng kiểm tra lại cả hai.',
    travellerProfileLimit:
      'Bạn chỉ có thể lưu tối đa 20 người đi. Vui lòng xóa một người không còn cần đến rồi lưu lại.',
    taxCodeRegistered:
      'Đã có doanh nghiệp đăng ký với mã số thuế này. Vui lòng đề nghị quản trị viên của doanh nghiệp đó gửi lời mời qua e-mail cho bạn.',
    businessAdministratorOnly:
      'Chỉ quản trị viên của doanh nghiệp được làm việc này. Vui lòng liên hệ quản trị viên.',
    lastBusinessAdministrator:
      'Không thể gỡ quản trị viên duy nhất của doanh nghiệp. Doanh nghiệp cần ít nhất một quản trị viên.',
    alreadyBusinessMember: 'Người này đã là thành viên của doanh nghiệp.',
    invitationNotUsable:
      'Lời mời này không tồn tại, đã hết hạn, đã bị thu hồi hoặc đã được dùng. Vui lòng đề nghị quản trị viên của doanh nghiệp gửi lời mời mới.',
    invitationForAnotherEmail:
      'Lời mời này được gửi tới một địa chỉ e-mail khác. Vui lòng đăng nhập bằng tài khoản có địa chỉ e-mail đã nhận lời mời.',
    sessionExpired:
      'Phiên làm việc đã kết thúc do không hoạt động quá lâu hoặc đã quá thời hạn tối đa. Vui lòng đăng nhập lại.',
    signInRestart:
      'Bước đăng nhập này đã hết hạn hoặc chưa bắt đầu. Vui lòng nhập lại tên đăng nhập và mật khẩu.',
    totpCodeWrong:
      'Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập mã 6 chữ số hiện tại trong ứng dụng xác thực.',
    totpCodeReused: 'Mã xác thực này đã được dùng. Vui lòng chờ mã tiếp theo trong ứng dụng xác thực.',
    accountLocked:
      'Tài khoản bị khóa {minutes} phút sau 5 lần đăng nhập sai. Vui lòng thử lại sau, hoặc đề nghị quản trị viên mở khóa.',
    passwordChangeRequired: 'Vui lòng đổi mật khẩu do quản trị viên cấp trước khi tiếp tục.',
    ownAccountChange:
      'Bạn không thể tự vô hiệu hóa, đổi vai trò hoặc đặt lại thông tin đăng nhập của chính mình tại đây. Hãy dùng trang Tài khoản, hoặc đề nghị một quản trị viên khác.',
    totpSetupNotStarted:
      'Không có mã bí mật mới nào đang chờ xác nhận. Vui lòng nhập mật khẩu để bắt đầu lại.',
  },
  en: {
    invalidRequest: 'Please check the listed fields.',
    incompleteDeclaration:
      'The declaration is incomplete. Please complete the listed fields and submit again.',
    malformedJson: 'The request body is not valid JSON.',
    malformedUrl: 'The request address contains invalid percent-encoding (%). Please check the link.',
    unreadableBody:
      'The request body could not be read: it is incomplete or does not match its Content-Encoding.',
    bodyTooDeep: 'The request body is nested more than 32 levels deep.',
    unsupportedMediaType: 'Please send the body as JSON with Content-Type: application/json.',
    unsupportedCharset: 'The JSON body must be encoded as UTF-8.',
    unsupportedEncoding:
      'This Content-Encoding is not supported. Please send the body uncompressed or as gzip, deflate or br.',
    photoNotAccepted: 'The photo was not accepted. Please see the message at the portrait photo field.',
    photoUploadFormat: 'Please send the photo as multipart/form-data, with the file in the field "photo".',
    attachmentNotAccepted: 'The attachment was not accepted. Please see the message at the listed field.',
    attachmentUploadFormat:
      'Please send the attachment as multipart/form-data, with the document type in the field "type" and the file in the field "file".',
    attachmentLimit:
      'A declaration can have at most 30 attachments. Please delete one you no longer need, then upload again.',
    goodsImportNotAccepted: 'The goods file could not be imported. Please see the message at the file field.',
    goodsImportUploadFormat:
      'Please send the CSV or XLSX file as multipart/form-data, with the file in the field "file".',
    valueNotStorable: 'A value is too long or out of the allowed range. Please check the entered data.',
    requestNotProcessed: 'The request could not be processed. Please check it and try again.',
    databaseUnavailable: 'The database cannot be reached. Please try again in a few minutes.',
    declarationNotEditable:
      'Only a draft, or a declaration sent back for changes, can be edited or submitted.',
    declarationNotSubmitted:
      'Only a submitted declaration can be approved, rejected or sent back for changes.',
    declarationNotWithdrawable: 'A declaration can be withdrawn only before it is decided.',
    declarationNotIssued: 'No result has been issued for this declaration yet.',
    resultNotIssued: 'Only an issued result that is not revoked yet can be revoked.',
    resultNotFailed: 'A result can be generated again only after its generation failed.',
    roleNotAllowed: 'Your officer role does not allow this action.',
    staleVersion: 'Please reload the page to see the latest version, then try again.',
    draftChangedByAnother:
      'Someone else in your company saved or submitted this declaration before you, so your changes were not saved. The current version is included so that you can compare: apply your changes to it and save again.',
    declarationHeld:
      'Officer {holder} is handling this declaration. Only they can decide it, unless a supervisor takes it over.',
    reasonTemplateLimit:
      'Each reason kind has at most 100 templates. Edit or deactivate an old template instead of adding a new one.',
    declarationNotAssigned: 'Assign this declaration to yourself before you approve, reject or send it back.',
    wrongPrincipal: 'This account cannot be used for this function.',
    signInRequired: 'Please sign in and try again.',
    csrfTokenInvalid: 'Please reload the page and try again.',
    watchlistEntryInactive: 'This entry was already deactivated. The list has been reloaded.',
    gateNotAssigned:
      'You are not assigned to this gate. Please choose one of your gates or ask an administrator.',
    idempotencyKeyReused:
      'This Idempotency-Key was already used for a declaration with other content. Please send a new key for each declaration.',
    crossingAlreadyRecorded:
      'This crossing was already recorded at another lane. The screen has been reloaded to show when it was recorded.',
    crossingNotAllowed:
      'This result does not allow a crossing at this lane today (it is revoked, expired, or for another gate, direction or day). Please scan it again to see why.',
    cameraKeyInvalid:
      'The camera API key is unknown or has been revoked. Please ask an administrator for a new key.',
    cameraMismatch:
      'This API key belongs to another camera. Please send the cameraId of the camera that holds the key.',
    tooManyStatusLookups:
      'Too many lookups matched no declaration. Please wait 15 minutes, then check the reference code and date of birth and try again.',
    declarationStatusNotFound:
      'No declaration matches this reference code and date of birth. Please check both and try again.',
    travellerProfileLimit:
      'You can save at most 20 travellers. Please delete one you no longer need, then save again.',
    taxCodeRegistered:
      "A business with this tax code is already registered. Please ask that company's administrator to invite you by e-mail.",
    businessAdministratorOnly: "Only the company's administrator can do this. Please ask your administrator.",
    lastBusinessAdministrator:
      "The company's only administrator cannot be removed, because a company needs at least one administrator.",
    alreadyBusinessMember: 'This person is already a member of the company.',
    invitationNotUsable:
      "This invitation does not exist, has expired, was withdrawn or was already used. Please ask the company's administrator for a new invitation.",
    invitationForAnotherEmail:
      'This invitation was sent to another e-mail address. Please sign in with the account of the address that received it.',
    sessionExpired:
      'Your session ended after a period without activity or after its maximum length. Please sign in again.',
    signInRestart:
      'This sign-in step has expired or was not started. Please enter your username and password again.',
    totpCodeWrong:
      'The code is wrong or has expired. Please enter the current 6-digit code from your authenticator app.',
    totpCodeReused:
      'This code has already been used. Please wait for the next code in your authenticator app.',
    accountLocked:
      'After 5 failed sign-ins this account is locked for {minutes} minutes. Please try again later, or ask an administrator to unlock it.',
    passwordChangeRequired: 'Please change the password that an administrator gave you before you continue.',
    ownAccountChange:
      'You cannot disable your own account, change your own role or reset your own credentials here. Use the Account page, or ask another administrator.',
    totpSetupNotStarted:
      'No new authenticator secret is waiting for confirmation. Please enter your password to start again.',
  },
};
