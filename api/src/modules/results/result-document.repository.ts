import type { Direction, Sex } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { loadResultPhotos } from '../traveller-photos/result-photos';
import type { ResultPdfData, ResultPdfTraveller } from './pdf/result-pdf-data';
import type { ResultStatus } from './result-rules';
import { loadResultCargo } from './result-cargo.repository';
import { IncompleteDeclarationError } from './result-errors';
import { loadResultVehicle } from './result-vehicle.repository';

/** The columns of a result that the render job reads and checks. */
export interface ResultRecord {
  id: string;
  declarationId: string;
  status: ResultStatus;
  number: string;
  token: string;
  validFrom: string;
  validUntil: string;
  version: number;
}

const RESULT_COLUMNS = `id, declaration_id AS "declarationId", status, number, token,
  valid_from AS "validFrom", valid_until AS "validUntil", version`;

/** Reads a result; with a transaction the row stays locked until it ends. */
export async function findResult(
  sequelize: Sequelize,
  resultId: string,
  transaction?: Transaction,
): Promise<ResultRecord | null> {
  const lock = transaction ? 'FOR UPDATE' : '';
  const [row] = await sequelize.query<ResultRecord>(
    `SELECT ${RESULT_COLUMNS} FROM results WHERE id = :resultId ${lock}`,
    {
      replacements: { resultId },
      transaction,
      type: QueryTypes.SELECT,
    },
  );
  return row ?? null;
}

interface CrossingRow {
  kind: 'travel' | 'cargo';
  direction: Direction | null;
  plannedCrossingDate: string | null;
  gateCode: string;
  gateNameVi: string;
  gateNameEn: string;
  purposeCode: string | null;
  purposeNameVi: string | null;
  purposeNameEn: string | null;
  officerName: string;
}

interface TravellerRow {
  fullName: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  nationality: string | null;
  nationalityVi: string | null;
  nationalityEn: string | null;
  documentType: string | null;
  documentTypeVi: string | null;
  documentTypeEn: string | null;
  documentNumber: string | null;
  documentExpiryDate: string | null;
}

export { IncompleteDeclarationError };

/** The crossing details of a result, checked for completeness. */
type Crossing = Pick<ResultPdfData, 'gate' | 'direction' | 'plannedCrossingDate' | 'purpose' | 'officerName'>;

async function loadCrossing(sequelize: Sequelize, result: ResultRecord): Promise<Crossing> {
  const [row] = await sequelize.query<CrossingRow>(
    `SELECT d.kind, d.direction, d.planned_crossing_date AS "plannedCrossingDate", g.code AS "gateCode",
            g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn", d.purpose_code AS "purposeCode",
            p.name_vi AS "purposeNameVi", p.name_en AS "purposeNameEn", o.full_name AS "officerName"
     FROM results r
     JOIN declarations d ON d.id = r.declaration_id
     JOIN gates g ON g.code = r.gate_code
     JOIN officers o ON o.id = r.officer_id
     LEFT JOIN travel_purposes p ON p.code = d.purpose_code
     WHERE r.id = :resultId`,
    { replacements: { resultId: result.id }, type: QueryTypes.SELECT },
  );
  // A consignment has no travel purpose: its goods are what it declares.
  const purposeNeeded = row?.kind !== 'cargo';
  if (!row?.direction || !row.plannedCrossingDate || (purposeNeeded && !row.purposeCode)) {
    throw new IncompleteDeclarationError(`Declaration ${result.declarationId} lacks crossing details`);
  }

  const purposeCode = row.purposeCode;
  return {
    gate: { code: row.gateCode, nameVi: row.gateNameVi, nameEn: row.gateNameEn },
    direction: row.direction,
    plannedCrossingDate: row.plannedCrossingDate,
    ...(purposeCode
      ? { purpose: { nameVi: row.purposeNameVi ?? purposeCode, nameEn: row.purposeNameEn ?? purposeCode } }
      : {}),
    officerName: row.officerName,
  };
}

async function loadTravellers(sequelize: Sequelize, result: ResultRecord): Promise<ResultPdfTraveller[]> {
  const rows = await sequelize.query<TravellerRow>(
    `SELECT t.full_name AS "fullName", t.sex, t.date_of_birth AS "dateOfBirth", t.nationality,
            c.name_vi AS "nationalityVi", c.name_en AS "nationalityEn", t.document_type AS "documentType",
            dt.name_vi AS "documentTypeVi", dt.name_en AS "documentTypeEn",
            t.document_number AS "documentNumber", t.document_expiry_date AS "documentExpiryDate"
     FROM declaration_travellers t
     LEFT JOIN countries c ON c.code = t.nationality
     LEFT JOIN document_types dt ON dt.code = t.document_type
     WHERE t.declaration_id = :declarationId
     ORDER BY t.position`,
    { replacements: { declarationId: result.declarationId }, type: QueryTypes.SELECT },
  );
  if (rows.length === 0) {
    throw new IncompleteDeclarationError(`Declaration ${result.declarationId} has no travellers`);
  }
  return rows.map((row, index) =>
    toPdfTraveller(row, `Declaration ${result.declarationId}, traveller ${index}`),
  );
}

/** Checks a traveller row for completeness; `where` names it by ids only, for the error message. */
function toPdfTraveller(row: TravellerRow, where: string): ResultPdfTraveller {
  const { fullName, sex, dateOfBirth, nationality, documentType, documentNumber, documentExpiryDate } = row;
  if (
    !fullName ||
    !sex ||
    !dateOfBirth ||
    !nationality ||
    !documentType ||
    !documentNumber ||
    !documentExpiryDate
  ) {
    throw new IncompleteDeclarationError(`${where} lacks a field`);
  }

  return {
    fullName,
    sex,
    dateOfBirth,
    nationality: {
      code: nationality,
      nameVi: row.nationalityVi ?? nationality,
      nameEn: row.nationalityEn ?? nationality,
    },
    documentType: { nameVi: row.documentTypeVi ?? documentType, nameEn: row.documentTypeEn ?? documentType },
    documentNumber,
    documentExpiryDate,
  };
}

/**
 * Loads everything the PDF prints except the issue time, which the caller decides. Portraits
 * are read from the stored files under `settings.dataDir`.
 */
export async function loadResultPdfData(
  sequelize: Sequelize,
  result: ResultRecord,
  settings: { publicBaseUrl: string; dataDir: string },
): Promise<Omit<ResultPdfData, 'issuedAt'>> {
  const crossing = await loadCrossing(sequelize, result);
  const photos = await loadResultPhotos(sequelize, settings.dataDir, result.declarationId);
  const travellers = (await loadTravellers(sequelize, result)).map((traveller, position) => {
    const photo = photos.get(position);
    return photo ? { ...traveller, photo } : traveller;
  });
  const vehicle = await loadResultVehicle(sequelize, result.declarationId);
  const cargo = await loadResultCargo(sequelize, result.declarationId);

  return {
    ...crossing,
    resultNumber: result.number,
    validFrom: result.validFrom,
    validUntil: result.validUntil,
    travellers,
    // A cargo declaration's vehicle is printed with its licence and trailer in the consignment.
    ...(vehicle && !cargo ? { vehicle } : {}),
    ...(cargo ? { cargo } : {}),
    verificationUrl: `${settings.publicBaseUrl}/verify/${result.token}`,
  };
}
