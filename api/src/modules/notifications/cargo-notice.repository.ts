import { goodsTotals } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { toGoodsLineDraft } from '../cargo-declarations/cargo-views';
import { findGoodsLines } from '../cargo-declarations/goods-lines.repository';

/** What a cargo declaration's notices report besides the reference, gate and dates. */
export interface CargoNoticeFacts {
  /** The business the declaration belongs to; null for a truck filed at the counter without an account. */
  businessName: string | null;
  /** The business's contact address from its registration, which gets a copy of every notice. */
  businessContactEmail: string | null;
  /** Whether the applicant who filed the declaration is still a member of its business. */
  filerIsMember: boolean;
  vehiclePlate: string | null;
  trailerPlate: string | null;
  /** Total gross weight in tonnes, as a canonical decimal string such as `30.1505`. */
  grossWeightTonnes: string;
  firstGoodsDescription: string | null;
  goodsLineCount: number;
  driverName: string | null;
  plannedArrivalAt: Date | null;
}

interface CargoNoticeRow {
  businessName: string | null;
  businessContactEmail: string | null;
  filerIsMember: boolean;
  vehiclePlate: string | null;
  trailerPlate: string | null;
  driverName: string | null;
  plannedArrivalAt: Date | null;
}

/**
 * Loads the consignment facts of a cargo declaration's notices, or null for a traveller's
 * declaration. The gross weight is totalled with decimal arithmetic from the stored lines.
 */
export async function findCargoNoticeFacts(
  sequelize: Sequelize,
  declarationId: string,
): Promise<CargoNoticeFacts | null> {
  const [row] = await sequelize.query<CargoNoticeRow>(
    `SELECT b.name AS "businessName", b.contact_email AS "businessContactEmail",
            EXISTS (SELECT 1 FROM business_members m
                     WHERE m.business_id = d.business_id AND m.applicant_id = d.applicant_id) AS "filerIsMember",
            d.vehicle_plate_number AS "vehiclePlate", d.trailer_plate_number AS "trailerPlate",
            (SELECT t.full_name FROM declaration_travellers t
              WHERE t.declaration_id = d.id AND t.position = 0) AS "driverName",
            d.planned_arrival_at AS "plannedArrivalAt"
     FROM declarations d
     LEFT JOIN businesses b ON b.id = d.business_id
     WHERE d.id = :declarationId AND d.kind = 'cargo'`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  if (!row) {
    return null;
  }

  const lines = (await findGoodsLines(sequelize, [declarationId])).get(declarationId) ?? [];
  return {
    ...row,
    plannedArrivalAt: row.plannedArrivalAt ? new Date(row.plannedArrivalAt) : null,
    grossWeightTonnes: goodsTotals(lines.map(toGoodsLineDraft)).grossWeightTonnes,
    firstGoodsDescription: lines.find((line) => line.description)?.description ?? null,
    goodsLineCount: lines.length,
  };
}
