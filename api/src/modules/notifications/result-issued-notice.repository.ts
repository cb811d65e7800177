import type { Direction } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { findCargoNoticeFacts, type CargoNoticeFacts } from './cargo-notice.repository';
import type { NoticeRecipient } from './declaration-notice.repository';
import { noticeLanguage, type GateNames } from './notice-layout';
import { RECIPIENT_COLUMNS } from './notice-recipient.repository';

/** Data of the notice of an issued result, with the location of its stored PDF. */
export interface ResultIssuedNoticeData extends GateNames {
  declarationId: string;
  /** The business of a cargo declaration, whose page the links open; null for travellers. */
  businessId: string | null;
  recipient: NoticeRecipient;
  referenceCode: string | null;
  resultNumber: string;
  direction: Direction;
  validFrom: string;
  validUntil: string;
  /** Path of the PDF relative to the data directory. */
  pdfPath: string;
  /** Hex SHA-256 of the PDF as stored at issue, to check the file before attaching it. */
  pdfSha256: string;
  timeZone: string;
  /** The consignment of a cargo declaration; null for travellers. */
  cargo: CargoNoticeFacts | null;
}

interface ResultIssuedNoticeRow extends GateNames {
  declarationId: string;
  businessId: string | null;
  email: string;
  fullName: string;
  preferredLanguage: string;
  referenceCode: string | null;
  resultNumber: string;
  direction: Direction;
  validFrom: string;
  validUntil: string;
  pdfPath: string;
  pdfSha256: string;
  timeZone: string;
}

/** Loads the notice of an issued result, or null unless the result is issued with its PDF stored. */
export async function findResultIssuedNotice(
  sequelize: Sequelize,
  resultId: string,
): Promise<ResultIssuedNoticeData | null> {
  const [row] = await sequelize.query<ResultIssuedNoticeRow>(
    `SELECT d.id AS "declarationId", d.business_id AS "businessId", ${RECIPIENT_COLUMNS}, d.reference_code AS "referenceCode",
            r.number AS "resultNumber", d.direction, r.valid_from AS "validFrom", r.valid_until AS "validUntil",
            r.pdf_path AS "pdfPath", r.pdf_sha256 AS "pdfSha256",
            g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn", g.name_km AS "gateNameKm",
            COALESCE(g.time_zone, 'Asia/Ho_Chi_Minh') AS "timeZone"
     FROM results r
     JOIN declarations d ON d.id = r.declaration_id
     LEFT JOIN applicants a ON a.id = d.applicant_id
     JOIN gates g ON g.code = r.gate_code
     WHERE r.id = :resultId AND r.status = 'issued' AND r.pdf_path IS NOT NULL`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  if (!row) {
    return null;
  }

  const { email, fullName, preferredLanguage, ...facts } = row;
  return {
    ...facts,
    recipient: { email, fullName, language: noticeLanguage(preferredLanguage) },
    cargo: await findCargoNoticeFacts(sequelize, row.declarationId),
  };
}
