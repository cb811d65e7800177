import type { DocumentType, Sex } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** One traveller of a declaration with their crossing, if one is recorded. */
export interface GateTravellerRow {
  position: number;
  fullName: string;
  sex: Sex;
  dateOfBirth: string;
  nationality: string;
  documentType: DocumentType;
  documentNumber: string;
  documentExpiryDate: string;
  hasPhoto: boolean;
  outcome: 'crossed' | 'refused' | null;
  recordedAt: Date | null;
  crossingGateCode: string | null;
  crossingLaneCode: string | null;
  refusalReason: string | null;
}

/** Lists the travellers of a declaration in order, the lead traveller first, with their crossings. */
export async function findGateTravellers(
  sequelize: Sequelize,
  declarationId: string,
  transaction?: Transaction,
): Promise<GateTravellerRow[]> {
  return sequelize.query<GateTravellerRow>(
    `SELECT t.position, t.full_name AS "fullName", t.sex, t.date_of_birth AS "dateOfBirth",
            t.nationality, t.document_type AS "documentType", t.document_number AS "documentNumber",
            t.document_expiry_date AS "documentExpiryDate",
            EXISTS (
              SELECT 1 FROM traveller_photos p
              WHERE p.declaration_id = t.declaration_id AND p.traveller_id = t.traveller_id
            ) AS "hasPhoto",
            c.outcome, c.recorded_at AS "recordedAt", c.gate_code AS "crossingGateCode",
            c.lane_code AS "crossingLaneCode", c.refusal_reason AS "refusalReason"
     FROM declaration_travellers t
     LEFT JOIN crossings c ON c.declaration_id = t.declaration_id AND c.traveller_position = t.position
     WHERE t.declaration_id = :declarationId
     ORDER BY t.position`,
    { replacements: { declarationId }, transaction, type: QueryTypes.SELECT },
  );
}
