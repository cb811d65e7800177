import { goodsTotals, type GateCargo, type GoodsSummary } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

interface SummaryRow {
  declarationId: string;
  grossWeightKg: string;
  lineCount: number;
  firstDescription: string;
}

/** Kilograms as a decimal string to tonnes, through the same decimal arithmetic as the totals. */
function tonnes(grossWeightKg: string): string {
  return goodsTotals([{ grossWeightKg }]).grossWeightTonnes;
}

/**
 * Summarizes the goods of cargo declarations by declaration id: gross tonnes, the first line's
 * description and the line count. Declarations without goods lines are left out.
 */
export async function findGoodsSummaries(
  sequelize: Sequelize,
  declarationIds: string[],
  transaction?: Transaction,
): Promise<Map<string, GoodsSummary>> {
  if (declarationIds.length === 0) {
    return new Map();
  }

  const rows = await sequelize.query<SummaryRow>(
    `SELECT g.declaration_id AS "declarationId", coalesce(sum(g.gross_weight_kg), 0)::text AS "grossWeightKg",
            count(*)::int AS "lineCount",
            coalesce((array_agg(g.description ORDER BY g.position))[1], '') AS "firstDescription"
     FROM declaration_goods_lines g
     WHERE g.declaration_id IN (:declarationIds)
     GROUP BY g.declaration_id`,
    { replacements: { declarationIds }, transaction, type: QueryTypes.SELECT },
  );
  return new Map(
    rows.map((row) => [
      row.declarationId,
      {
        grossWeightTonnes: tonnes(row.grossWeightKg),
        firstDescription: row.firstDescription,
        lineCount: row.lineCount,
      },
    ]),
  );
}

interface ConsignmentRow {
  businessName: string | null;
  vehicleKind: string | null;
  plateNumber: string | null;
  plateCountry: string | null;
  transportLicenceNumber: string | null;
  transportLicenceExpiry: string | null;
  trailerPlateNumber: string | null;
  trailerPlateCountry: string | null;
}

/** A goods line's totalled fields, as text; a draft's blank fields are null and count as nothing. */
interface LineRow {
  description: string | null;
  netWeightKg: string | null;
  grossWeightKg: string | null;
  value: string | null;
  currency: string | null;
}

async function findLines(sequelize: Sequelize, declarationId: string): Promise<LineRow[]> {
  return sequelize.query<LineRow>(
    `SELECT description, net_weight_kg::text AS "netWeightKg", gross_weight_kg::text AS "grossWeightKg",
            value::text AS value, currency
     FROM declaration_goods_lines WHERE declaration_id = :declarationId ORDER BY position`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
}

/** Finds the truck, trailer and goods totals of a cargo declaration; null for a travel declaration. */
export async function findGateCargo(sequelize: Sequelize, declarationId: string): Promise<GateCargo | null> {
  const [row] = await sequelize.query<ConsignmentRow>(
    `SELECT b.name AS "businessName", d.vehicle_kind AS "vehicleKind", d.vehicle_plate_number AS "plateNumber",
            d.vehicle_plate_country AS "plateCountry", d.transport_licence_number AS "transportLicenceNumber",
            to_char(d.transport_licence_expiry, 'YYYY-MM-DD') AS "transportLicenceExpiry",
            d.trailer_plate_number AS "trailerPlateNumber", d.trailer_plate_country AS "trailerPlateCountry"
     FROM declarations d LEFT JOIN businesses b ON b.id = d.business_id
     WHERE d.id = :declarationId AND d.kind = 'cargo'`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  if (!row) {
    return null;
  }

  const lines = await findLines(sequelize, declarationId);
  const totals = goodsTotals(lines);
  return {
    businessName: row.businessName,
    vehicle: {
      kind: row.vehicleKind,
      plateNumber: row.plateNumber ?? '',
      plateCountry: row.plateCountry,
      transportLicenceNumber: row.transportLicenceNumber,
      transportLicenceExpiry: row.transportLicenceExpiry,
    },
    trailer: row.trailerPlateNumber
      ? { plateNumber: row.trailerPlateNumber, plateCountry: row.trailerPlateCountry }
      : null,
    totals,
    goods: {
      grossWeightTonnes: totals.grossWeightTonnes,
      firstDescription: lines[0]?.description ?? '',
      lineCount: lines.length,
    },
  };
}
