import type { ProblemType } from '@smartgate/shared-models';

import type { ProblemDetailKey } from './errors';

import type { ResponseLanguage } from './request-language';

/** Languages with a problem catalog; other requested languages get Vietnamese, the default. */
export type ProblemLanguage = ResponseLanguage;

/** Problem titles by type: one short sentence per stable type. */
export const PROBLEM_TITLES: Record<ProblemLanguage, Record<ProblemType, string>> = {
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
  },
};

/** Problem details by key: what failed and what the user can do next. */
export const PROBLEM_DETAILS: Record<ProblemLanguage, Record<ProblemDetailKey, string>> = {
  vi: {
    invalidRequest: 'Vui lòng kiểm tra các trường được liệt kê.',
    incompleteDeclaration: 'Tờ khai chưa đầy đủ. Vui lòng bổ sung các trường được liệt kê rồi nộp lại.',
    malformedJson: 'Nội dung yêu cầu không phải JSON hợp lệ.',
    declarationNotEditable: 'Chỉ có thể sửa hoặc nộp tờ khai ở trạng thái nháp.',
    declarationNotSubmitted: 'Chỉ có thể duyệt hoặc từ chối tờ khai đã nộp.',
    declarationNotIssued: 'Kết quả chưa được cấp cho tờ khai này.',
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
    declarationNotEditable: 'Only a draft declaration can be edited or submitted.',
    declarationNotSubmitted: 'Only a submitted declaration can be approved or rejected.',
    declarationNotIssued: 'No result has been issued for this declaration yet.',
    staleVersion: 'Please reload the page to see the latest version, then try again.',
    wrongPrincipal: 'This account cannot be used for this function.',
    signInRequired: 'Please sign in and try again.',
    csrfTokenInvalid: 'Please reload the page and try again.',
  },
};
