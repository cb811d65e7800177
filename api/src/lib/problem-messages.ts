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
    'invalid-status-transition': 'Trạng thái hồ sơ không cho phép thao tác này.',
    'email-already-registered': 'E-mail này đã được đăng ký.',
    'invalid-credentials': 'Thông tin đăng nhập không đúng.',
    'too-many-requests': 'Quá nhiều yêu cầu.',
    'payload-too-large': 'Dữ liệu gửi lên quá lớn.',
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
    'invalid-status-transition': 'The record status does not allow this action.',
    'email-already-registered': 'This e-mail address is already registered.',
    'invalid-credentials': 'The sign-in details are incorrect.',
    'too-many-requests': 'Too many requests.',
    'payload-too-large': 'The request body is too large.',
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
    valueNotStorable:
      'Một giá trị quá dài hoặc nằm ngoài phạm vi cho phép. Vui lòng kiểm tra dữ liệu đã nhập.',
    requestNotProcessed: 'Không xử lý được yêu cầu. Vui lòng kiểm tra lại rồi thử lại.',
    databaseUnavailable: 'Không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
    declarationNotEditable: 'Chỉ có thể sửa hoặc nộp tờ khai ở trạng thái nháp.',
    declarationNotSubmitted: 'Chỉ có thể duyệt hoặc từ chối tờ khai đã nộp.',
    declarationNotWithdrawable: 'Chỉ có thể rút tờ khai khi chưa được quyết định.',
    declarationNotIssued: 'Kết quả chưa được cấp cho tờ khai này.',
    resultNotIssued: 'Chỉ có thể thu hồi kết quả đã được cấp và chưa bị thu hồi.',
    resultNotFailed: 'Chỉ có thể tạo lại kết quả khi lần tạo trước đã thất bại.',
    roleNotAllowed: 'Vai trò cán bộ của bạn không được phép thực hiện thao tác này.',
    staleVersion: 'Vui lòng tải lại trang để xem phiên bản mới nhất rồi thử lại.',
    wrongPrincipal: 'Tài khoản này không dùng được cho chức năng này.',
    signInRequired: 'Vui lòng đăng nhập rồi thử lại.',
    csrfTokenInvalid: 'Vui lòng tải lại trang rồi thử lại.',
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
    valueNotStorable: 'A value is too long or out of the allowed range. Please check the entered data.',
    requestNotProcessed: 'The request could not be processed. Please check it and try again.',
    databaseUnavailable: 'The database cannot be reached. Please try again in a few minutes.',
    declarationNotEditable: 'Only a draft declaration can be edited or submitted.',
    declarationNotSubmitted: 'Only a submitted declaration can be approved or rejected.',
    declarationNotWithdrawable: 'A declaration can be withdrawn only before it is decided.',
    declarationNotIssued: 'No result has been issued for this declaration yet.',
    resultNotIssued: 'Only an issued result that is not revoked yet can be revoked.',
    resultNotFailed: 'A result can be generated again only after its generation failed.',
    roleNotAllowed: 'Your officer role does not allow this action.',
    staleVersion: 'Please reload the page to see the latest version, then try again.',
    wrongPrincipal: 'This account cannot be used for this function.',
    signInRequired: 'Please sign in and try again.',
    csrfTokenInvalid: 'Please reload the page and try again.',
  },
};
