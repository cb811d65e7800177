import type { Direction, Sex } from '@smartgate/shared-models';

import type { BilingualName } from './result-pdf-data';

/** A text printed in Vietnamese first, then in English. */
export interface BilingualLabel {
  vi: string;
  en: string;
}

export const NATIONAL_HEADER: BilingualLabel = {
  vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  en: 'Socialist Republic of Viet Nam - Independence - Freedom - Happiness',
};

export const ISSUING_UNIT: BilingualLabel = {
  vi: 'Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh',
  en: 'Lệ Thanh International Border Gate Border Guard Station',
};

export const TITLE: BilingualLabel = {
  vi: 'KẾT QUẢ KHAI BÁO XUẤT NHẬP CẢNH ĐIỆN TỬ',
  en: 'ELECTRONIC BORDER CROSSING DECLARATION RESULT',
};

export const LABELS = {
  resultNumber: { vi: 'Số kết quả', en: 'Result number' },
  issuedOn: { vi: 'Ngày cấp', en: 'Issue date' },
  validity: { vi: 'Thời hạn hiệu lực', en: 'Valid' },
  gate: { vi: 'Cửa khẩu', en: 'Border gate' },
  direction: { vi: 'Chiều đi', en: 'Direction' },
  plannedCrossingDate: { vi: 'Ngày dự kiến qua cửa khẩu', en: 'Planned crossing date' },
  purpose: { vi: 'Mục đích', en: 'Purpose' },
  crossingSection: { vi: 'THÔNG TIN CHUYẾN ĐI', en: 'Crossing details' },
  travellersSection: { vi: 'DANH SÁCH NGƯỜI XUẤT NHẬP CẢNH', en: 'Travellers' },
  leadTraveller: { vi: 'Trưởng đoàn', en: 'Lead traveller' },
  traveller: { vi: 'Người đi cùng', en: 'Companion' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  sex: { vi: 'Giới tính', en: 'Sex' },
  dateOfBirth: { vi: 'Ngày sinh', en: 'Date of birth' },
  nationality: { vi: 'Quốc tịch', en: 'Nationality' },
  documentType: { vi: 'Loại giấy tờ', en: 'Document type' },
  documentNumber: { vi: 'Số giấy tờ', en: 'Document number' },
  documentExpiryDate: { vi: 'Ngày hết hạn giấy tờ', en: 'Document expiry date' },
  decidingOfficer: { vi: 'Cán bộ phê duyệt', en: 'Approving officer' },
  verification: {
    vi: 'Quét mã QR hoặc mở địa chỉ dưới đây để kiểm tra kết quả:',
    en: 'Scan the QR code or open this address to verify the result:',
  },
  page: { vi: 'Trang', en: 'Page' },
} as const satisfies Record<string, BilingualLabel>;

export const DIRECTION_NAMES: Record<Direction, BilingualLabel> = {
  entry: { vi: 'Nhập cảnh', en: 'Entry' },
  exit: { vi: 'Xuất cảnh', en: 'Exit' },
};

export const SEX_NAMES: Record<Sex, BilingualLabel> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};

/** Joins the two languages of a label on one line, Vietnamese first. */
export function bilingual(label: BilingualLabel): string {
  return `${label.vi} / ${label.en}`;
}

/** Prints "Vietnamese / English", or the name once when both languages spell it the same. */
export function bilingualName(name: BilingualName): string {
  return name.nameVi === name.nameEn ? name.nameVi : `${name.nameVi} / ${name.nameEn}`;
}
