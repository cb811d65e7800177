import type { Language } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

/** Everything the revocation notice needs: the applicant, the result and the gate. */
export interface RevocationNoticeData {
  declarationId: string;
  email: string;
  fullName: string;
  language: Language;
  resultNumber: string;
  reason: string;
  revokedAt: Date;
  gateNameVi: string;
  gateNameEn: string;
  timeZone: string;
}

/** Loads the notice of a revoked result, or null when the result does not exist or is not revoked. */
export async function findRevocationNotice(
  sequelize: Sequelize,
  resultId: string,
): Promise<RevocationNoticeData | null> {
  const [row] = await sequelize.query<RevocationNoticeData>(
    `SELECT d.id AS "declarationId", a.email, a.full_name AS "fullName", a.preferred_language AS language,
            r.number AS "resultNumber", r.revocation_reason AS reason, r.revoked_at AS "revokedAt",
            g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn",
            COALESCE(g.time_zone, 'Asia/Ho_Chi_Minh') AS "timeZone"
     FROM results r
     JOIN declarations d ON d.id = r.declaration_id
     JOIN applicants a ON a.id = d.applicant_id
     JOIN gates g ON g.code = r.gate_code
     WHERE r.id = :resultId AND r.status = 'revoked'`,
    { replacements: { resultId }, type: QueryTypes.SELECT },
  );
  return row ? { ...row, revokedAt: new Date(row.revokedAt) } : null;
}
