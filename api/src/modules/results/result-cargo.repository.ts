import { goodsTotals, type CargoVehicleKind } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import type { BilingualName, ResultPdfCargo, ResultPdfGoodsLine } from './pdf/result-pdf-data';
import { IncompleteDeclarationError } from './result-errors';

interface ConsignmentRow {
  plannedArrivalAt: Date | null;
  businessName: string | null;
  businessTaxCode: string | null;
  counterpartName: string | null;
  counterpartAddress: string | null;
  counterpartCountry: string | null;
  counterpartCountryVi: string | null;
  counterpartCountryEn: string | null;
  vehicleKind: CargoVehicleKind | null;
  plateCountry: string | null;
  plateCountryVi: string | null;
  plateCountryEn: string | null;
  plateNumber: string | null;
  transportLicenceNumber: string | null;
  transportLicenceExpiry: string | null;
  trailerPlateCountry: string | null;
  trailerPlateCountryVi: string | null;
  trailerPlateCountryEn: string | null;
  trailerPlateNumber: string | null;
}

/** A goods line as stored; `numeric` columns are read as text, which stays text. Drafts may leave fields null. */
interface GoodsLineRow {
  hsCode: string | null;
  description: string | null;
  quantity: string | null;
  unitCode: string | null;
  unitVi: string | null;
  unitEn: string | null;
  netWeightKg: string | null;
  grossWeightKg: string | null;
  value: string | null;
  currency: string | null;
  originCountry: string | null;
}

function country(
  code: string,
  nameVi: string | null,
  nameEn: string | null,
): BilingualName & { code: string } {
  return { code, nameVi: nameVi ?? code, nameEn: nameEn ?? code };
}

async function loadConsignmentRow(
  sequelize: Sequelize,
  declarationId: string,
): Promise<ConsignmentRow | null> {
  const [row] = await sequelize.query<ConsignmentRow>(
    `SELECT d.planned_arrival_at AS "plannedArrivalAt", coalesce(b.name, k.name) AS "businessName",
            coalesce(b.tax_code, k.tax_code) AS "businessTaxCode",
            d.counterpart_name AS "counterpartName", d.counterpart_address AS "counterpartAddress",
            d.counterpart_country AS "counterpartCountry", cc.name_vi AS "counterpartCountryVi",
            cc.name_en AS "counterpartCountryEn", d.vehicle_kind AS "vehicleKind",
            d.vehicle_plate_country AS "plateCountry", pc.name_vi AS "plateCountryVi", pc.name_en AS "plateCountryEn",
            d.vehicle_plate_number AS "plateNumber", d.transport_licence_number AS "transportLicenceNumber",
            to_char(d.transport_licence_expiry, 'YYYY-MM-DD') AS "transportLicenceExpiry",
            d.trailer_plate_country AS "trailerPlateCountry", tc.name_vi AS "trailerPlateCountryVi",
            tc.name_en AS "trailerPlateCountryEn", d.trailer_plate_number AS "trailerPlateNumber"
     FROM declarations d
     LEFT JOIN businesses b ON b.id = d.business_id
     -- A truck filed at the counter for a company without an account: the company as typed there.
     LEFT JOIN counter_companies k ON k.declaration_id = d.id
     LEFT JOIN countries cc ON cc.code = d.counterpart_country
     LEFT JOIN countries pc ON pc.code = d.vehicle_plate_country
     LEFT JOIN countries tc ON tc.code = d.trailer_plate_country
     WHERE d.id = :declarationId AND d.kind = 'cargo'`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return row ?? null;
}

async function loadGoodsLines(sequelize: Sequelize, declarationId: string): Promise<ResultPdfGoodsLine[]> {
  const rows = await sequelize.query<GoodsLineRow>(
    `SELECT g.hs_code AS "hsCode", g.description, g.quantity::text AS quantity, g.unit_code AS "unitCode",
            u.name_vi AS "unitVi", u.name_en AS "unitEn", g.net_weight_kg::text AS "netWeightKg",
            g.gross_weight_kg::text AS "grossWeightKg", g.value::text AS value, g.currency,
            g.origin_country AS "originCountry"
     FROM declaration_goods_lines g
     LEFT JOIN units u ON u.code = g.unit_code
     WHERE g.declaration_id = :declarationId
     ORDER BY g.position`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );

  return rows.map((row, position) =>
    toPdfGoodsLine(row, `Declaration ${declarationId}, goods line ${position}`),
  );
}

/** Checks a goods line for completeness; `where` names it by ids only, for the error message. */
function toPdfGoodsLine(row: GoodsLineRow, where: string): ResultPdfGoodsLine {
  const {
    hsCode,
    description,
    quantity,
    unitCode,
    netWeightKg,
    grossWeightKg,
    value,
    currency,
    originCountry,
  } = row;
  if (
    !hsCode ||
    !description ||
    !quantity ||
    !unitCode ||
    !netWeightKg ||
    !grossWeightKg ||
    !value ||
    !currency ||
    !originCountry
  ) {
    throw new IncompleteDeclarationError(`${where} lacks a field`);
  }

  return {
    hsCode,
    description,
    quantity,
    unit: { code: unitCode, nameVi: row.unitVi ?? unitCode, nameEn: row.unitEn ?? unitCode },
    netWeightKg,
    grossWeightKg,
    value,
    currency,
    originCountry,
  };
}

function trailerOf(row: ConsignmentRow): ResultPdfCargo['trailer'] {
  if (!row.trailerPlateNumber || !row.trailerPlateCountry) {
    return undefined;
  }
  return {
    plateNumber: row.trailerPlateNumber,
    plateCountry: country(row.trailerPlateCountry, row.trailerPlateCountryVi, row.trailerPlateCountryEn),
  };
}

/**
 * Loads the consignment of a cargo declaration for its result: business, counterpart, vehicle
 * with licence, trailer, goods lines and their totals. Returns undefined for a travel declaration.
 * Decimals are read as text and added with big.js (`goodsTotals`), never as floats.
 */
export async function loadResultCargo(
  sequelize: Sequelize,
  declarationId: string,
): Promise<ResultPdfCargo | undefined> {
  const row = await loadConsignmentRow(sequelize, declarationId);
  if (!row) {
    return undefined;
  }

  const { plannedArrivalAt, counterpartName, counterpartAddress, counterpartCountry } = row;
  const { vehicleKind, plateNumber, plateCountry } = row;
  if (!plannedArrivalAt || !counterpartName || !counterpartAddress || !counterpartCountry) {
    throw new IncompleteDeclarationError(`Declaration ${declarationId} lacks its arrival or counterpart`);
  }
  if (!vehicleKind || !plateNumber || !plateCountry) {
    throw new IncompleteDeclarationError(`Declaration ${declarationId} lacks its vehicle`);
  }
  const goodsLines = await loadGoodsLines(sequelize, declarationId);
  if (goodsLines.length === 0) {
    throw new IncompleteDeclarationError(`Declaration ${declarationId} has no goods lines`);
  }

  const trailer = trailerOf(row);
  return {
    ...(row.businessName && row.businessTaxCode
      ? { business: { name: row.businessName, taxCode: row.businessTaxCode } }
      : {}),
    plannedArrivalAt: new Date(plannedArrivalAt),
    counterpart: {
      name: counterpartName,
      address: counterpartAddress,
      country: country(counterpartCountry, row.counterpartCountryVi, row.counterpartCountryEn),
    },
    vehicle: {
      kind: vehicleKind,
      plateNumber,
      plateCountry: country(plateCountry, row.plateCountryVi, row.plateCountryEn),
      ...(row.transportLicenceNumber ? { transportLicenceNumber: row.transportLicenceNumber } : {}),
      ...(row.transportLicenceExpiry ? { transportLicenceExpiry: row.transportLicenceExpiry } : {}),
    },
    ...(trailer ? { trailer } : {}),
    goodsLines,
    totals: goodsTotals(goodsLines),
  };
}
