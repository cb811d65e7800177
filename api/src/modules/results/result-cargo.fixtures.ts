import { randomUUID } from 'node:crypto';

import type { Sequelize } from 'sequelize';

import { daysFromToday } from '../../test/dates';

/** A goods line as the cargo specs insert it; decimals are strings, as the API stores them. */
export interface GoodsLineRow {
  hsCode: string;
  description: string;
  quantity: string;
  unitCode: string;
  netWeightKg: string;
  grossWeightKg: string;
  value: string;
  currency: string;
  originCountry: string;
}

/** A line of dried cassava chips, changed by `overrides`. */
export function cassavaLine(overrides: Partial<GoodsLineRow> = {}): GoodsLineRow {
  return {
    hsCode: '07141011',
    description: 'Sắn lát khô',
    quantity: '1000',
    unitCode: 'kg',
    netWeightKg: '1000',
    grossWeightKg: '1010',
    value: '250',
    currency: 'USD',
    originCountry: 'KHM',
    ...overrides,
  };
}

/** Options of `makeCargo`: by default an import by a Vietnamese tractor unit with a trailer. */
export interface CargoOptions {
  plateNumber?: string;
  plateSearchKey?: string;
  trailerPlateNumber?: string | null;
  trailerPlateSearchKey?: string | null;
  goodsLines?: GoodsLineRow[];
  direction?: 'entry' | 'exit';
}

async function insertBusiness(sequelize: Sequelize): Promise<string> {
  const businessId = randomUUID();
  const taxCode = String(Date.now() * 1000 + Math.floor(Math.random() * 1000)).slice(-10);
  await sequelize.query(
    `INSERT INTO businesses (id, tax_code, tax_code_kind, name, address, contact_name, contact_phone, contact_email)
     VALUES (:businessId, :taxCode, 'enterprise', 'Công ty TNHH Nông sản Đức Cơ', 'Đức Cơ, Gia Lai',
             'Lê Văn Hùng', '0905123456', 'xnk@ducco.example.vn')`,
    { replacements: { businessId, taxCode } },
  );
  return businessId;
}

async function insertGoodsLines(
  sequelize: Sequelize,
  declarationId: string,
  lines: GoodsLineRow[],
): Promise<void> {
  for (const [position, line] of lines.entries()) {
    await sequelize.query(
      `INSERT INTO declaration_goods_lines (id, declaration_id, position, hs_code, description, quantity, unit_code,
                                            net_weight_kg, gross_weight_kg, value, currency, origin_country)
       VALUES (:id, :declarationId, :position, :hsCode, :description, :quantity, :unitCode,
               :netWeightKg, :grossWeightKg, :value, :currency, :originCountry)`,
      { replacements: { id: randomUUID(), declarationId, position, ...line } },
    );
  }
}

/**
 * Turns an inserted declaration into an import consignment of a registered business, as the cargo
 * API would store it: arrival at 08:30 on the declaration's day, counterpart, tractor unit with
 * licence and trailer, and the goods lines.
 */
export async function makeCargo(sequelize: Sequelize, declarationId: string, options: CargoOptions = {}) {
  const businessId = await insertBusiness(sequelize);
  const trailerPlateNumber =
    options.trailerPlateNumber === undefined ? '81R-012.34' : options.trailerPlateNumber;
  const trailerPlateSearchKey =
    options.trailerPlateSearchKey === undefined ? '81R01234' : options.trailerPlateSearchKey;

  await sequelize.query(
    `UPDATE declarations
     SET kind = 'cargo', business_id = :businessId, direction = :direction, purpose_code = NULL,
         planned_arrival_at = (planned_crossing_date + time '08:30') AT TIME ZONE 'Asia/Ho_Chi_Minh',
         counterpart_name = 'Ratanakiri Agro Trading Co., Ltd.', counterpart_address = 'Ban Lung, Ratanakiri',
         counterpart_country = 'KHM', vehicle_kind = 'tractor_unit', vehicle_plate_country = 'VNM',
         vehicle_plate_number = :plateNumber, vehicle_plate_search_key = :plateSearchKey,
         transport_licence_number = 'VN-KH 0123/2026', transport_licence_expiry = :licenceExpiry,
         trailer_plate_country = CASE WHEN CAST(:trailerPlateNumber AS text) IS NULL THEN NULL ELSE 'VNM' END,
         trailer_plate_number = :trailerPlateNumber, trailer_plate_search_key = :trailerPlateSearchKey
     WHERE id = :declarationId`,
    {
      replacements: {
        declarationId,
        businessId,
        direction: options.direction ?? 'entry',
        plateNumber: options.plateNumber ?? '81C-123.45',
        plateSearchKey: options.plateSearchKey ?? '81C12345',
        licenceExpiry: daysFromToday(200),
        trailerPlateNumber,
        trailerPlateSearchKey,
      },
    },
  );
  await insertGoodsLines(sequelize, declarationId, options.goodsLines ?? [cassavaLine()]);
}
