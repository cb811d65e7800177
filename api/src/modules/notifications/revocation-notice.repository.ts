import type { Direction, Language } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { findCargoNoticeFacts, type CargoNoticeFacts } from './cargo-notice.repository';
import { noticeLanguage, type GateNames } from './notice-layout';
import { RECIPIENT_COLUMNS } from './notice-recipient.repository';

/** Everything the revocation notice needs: the applicant, the result and the gate. */
export interface RevocationNoticeData extends GateNames {
  declarationId: string;
  /** The business of a cargo declaration, whose page the links open; null for travellers. */
  businessId: string | null;
  email: string;
  fullName: string;
  language: Language;
  resultNumber: string;
  reason: string;
  revokedAt: Date;
  timeZone: string;
  direction: Direction;
  /** The consignment of a cargo declaration; null for travellers. */
  cargo: CargoNoticeFacts | null;
}

/** Loads the notice of a revoked result, or null when the result does not exist or is not revoked. */
export async function findRevocationNotice(
  sequelize: Sequelize,
  resultId: string,
): Promise<RevocationNoticeData | null> {
  const [row] = await sequelize.query<
    Omit<RevocationNoticeData, 'language' | 'cargo'> & { preferredLanguage: string | null }
  >(
    `SELECT d.id AS "declarationId", d.business_id AS "businessId", ${RECIPIENT_COLUMNS},
            r.number AS "resultNumber", r.revocation_reason AS reason, r.revoked_at AS "revokedAt", d.direction,
            g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn", g.name_km AS "gateNameKm",
            COALESCE(g.time_zone, 'Asia/Ho_Chi_Minh') AS "timeZone"
     FROM results r
     JOIN declarations d ON d.id = r.declaration_id
     LEFT JOIN applicants a ON a.id = d.applicant_id
     JOIN gates g ON g.code = r.gate_code
     WHERE r.id = :resultId AND r.status = 'revoked'`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  if (!row) {
    return null;
  }
  const { preferredLanguage, ...facts } = row;
  return {
    ...facts,
    language: noticeLanguage(preferredLanguage),
    revokedAt: new Date(row.revokedAt),
    cargo: await findCargoNoticeFacts(sequelize, row.declarationId),
  };
}
