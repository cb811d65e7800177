import type { CargoVehicleKind, Direction } from '@smartgate/shared-models';

import type { BilingualLabel } from './pdf-labels';

/** Labels of the consignment sections of a cargo result. */
export const CARGO_LABELS = {
  plannedArrival: { vi: 'Thời gian dự kiến đến cửa khẩu', en: 'Planned arrival' },
  business: { vi: 'Doanh nghiệp khai báo', en: 'Declaring business' },
  taxCode: { vi: 'Mã số thuế', en: 'Tax code' },
  counterpartSection: { vi: 'ĐỐI TÁC TẠI NƯỚC NGOÀI', en: 'Counterpart abroad' },
  counterpartName: { vi: 'Tên đối tác', en: 'Counterpart' },
  counterpartAddress: { vi: 'Địa chỉ', en: 'Address' },
  counterpartCountry: { vi: 'Quốc gia', en: 'Country' },
  vehicleSection: { vi: 'PHƯƠNG TIỆN VẬN TẢI', en: 'Vehicle' },
  vehicleKind: { vi: 'Loại phương tiện', en: 'Vehicle type' },
  plateNumber: { vi: 'Biển số', en: 'Plate number' },
  plateCountry: { vi: 'Quốc gia cấp biển số', en: 'Plate country' },
  licenceNumber: { vi: 'Số giấy phép vận tải liên vận', en: 'Cross-border transport licence' },
  licenceExpiry: { vi: 'Giấy phép có hiệu lực đến', en: 'Licence valid until' },
  trailerPlateNumber: { vi: 'Biển số rơ moóc', en: 'Trailer plate number' },
  trailerPlateCountry: { vi: 'Quốc gia cấp biển số rơ moóc', en: 'Trailer plate country' },
  noTrailer: { vi: 'Không có rơ moóc', en: 'No trailer' },
  goodsSection: { vi: 'DANH MỤC HÀNG HÓA', en: 'Goods' },
  lineNumber: { vi: 'TT', en: 'No.' },
  hsCode: { vi: 'Mã HS', en: 'HS code' },
  description: { vi: 'Mô tả hàng hóa', en: 'Description' },
  quantity: { vi: 'Số lượng', en: 'Quantity' },
  netWeight: { vi: 'KL tịnh (kg)', en: 'Net (kg)' },
  grossWeight: { vi: 'KL cả bì (kg)', en: 'Gross (kg)' },
  value: { vi: 'Trị giá', en: 'Value' },
  origin: { vi: 'Xuất xứ', en: 'Origin' },
  totalsSection: { vi: 'TỔNG CỘNG', en: 'Totals' },
  totalNetWeight: { vi: 'Tổng khối lượng tịnh', en: 'Total net weight' },
  totalGrossWeight: { vi: 'Tổng khối lượng cả bì', en: 'Total gross weight' },
  totalValue: { vi: 'Tổng trị giá', en: 'Total value' },
  lineCount: { vi: 'Số dòng hàng', en: 'Goods lines' },
  crewSection: { vi: 'LÁI XE VÀ NGƯỜI ĐI CÙNG XE', en: 'Driver and crew' },
  driver: { vi: 'Lái xe', en: 'Driver' },
  crewMember: { vi: 'Phụ xe', en: 'Crew member' },
} as const satisfies Record<string, BilingualLabel>;

/** Cargo uses the declaration's direction: entry is an import, exit an export. */
export const CARGO_DIRECTION_NAMES: Record<Direction, BilingualLabel> = {
  entry: { vi: 'Nhập khẩu', en: 'Import' },
  exit: { vi: 'Xuất khẩu', en: 'Export' },
};

export const CARGO_VEHICLE_KIND_NAMES: Record<CargoVehicleKind, BilingualLabel> = {
  truck: { vi: 'Xe tải', en: 'Truck' },
  tractor_unit: { vi: 'Xe đầu kéo', en: 'Tractor unit' },
  van: { vi: 'Xe tải van', en: 'Van' },
};
