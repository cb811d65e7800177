import type { DeclarationStatus, Direction, Language } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { findCargoNoticeFacts, type CargoNoticeFacts } from './cargo-notice.repository';
import { noticeLanguage, type GateNames } from './notice-layout';
import { RECIPIENT_COLUMNS } from './notice-recipient.repository';

/** The applicant who receives a notice: the declaration's account holder. */
export interface NoticeRecipient {
  email: string;
  fullName: string;
  language: Language;
}

/** Data of the notices about a declaration's steps: only what the applicant entered or was already sent. */
export interface DeclarationNoticeData extends GateNames {
  declarationId: string;
  /** The business of a cargo declaration, whose page the links open; null for travellers. */
  businessId: string | null;
  status: DeclarationStatus;
  recipient: NoticeRecipient;
  referenceCode: string;
  direction: Direction;
  plannedCrossingDate: string;
  travellerCount: number;
  /** Time of the latest submission: the first one, or the latest after changes were requested. */
  submittedAt: Date;
  /** True when the latest submission followed a change request. */
  resubmitted: boolean;
  decidedAt: Date | null;
  rejectionReason: string | null;
  timeZone: string;
  /** The consignment of a cargo declaration; null for travellers. */
  cargo: CargoNoticeFacts | null;
}

interface DeclarationNoticeRow extends GateNames {
  declarationId: string;
  businessId: string | null;
  status: DeclarationStatus;
  email: string;
  fullName: string;
  preferredLanguage: string;
  referenceCode: string | null;
  direction: Direction | null;
  plannedCrossingDate: string | null;
  travellerCount: number;
  submittedAt: Date | null;
  lastSubmission: { at: string; from: string } | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
  timeZone: string;
}

/**
 * Loads a declaration's notice data, or null when the declaration does not exist or was never
 * submitted (it then has no reference code, gate or date to report).
 */
export async function findDeclarationNotice(
  sequelize: Sequelize,
  declarationId: string,
): Promise<DeclarationNoticeData | null> {
  const [row] = await sequelize.query<DeclarationNoticeRow>(
    `SELECT d.id AS "declarationId", d.business_id AS "businessId", d.status, ${RECIPIENT_COLUMNS}, d.reference_code AS "referenceCode",
            d.direction, d.planned_crossing_date AS "plannedCrossingDate",
            d.submitted_at AS "submittedAt", d.decided_at AS "decidedAt",
            (SELECT json_build_object('at', e.at, 'from', e.from_status) FROM declaration_events e
              WHERE e.declaration_id = d.id AND e.to_status = 'submitted'
              ORDER BY e.at DESC, e.id DESC LIMIT 1) AS "lastSubmission",
            d.rejection_reason AS "rejectionReason",
            g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn", g.name_km AS "gateNameKm",
            COALESCE(g.time_zone, 'Asia/Ho_Chi_Minh') AS "timeZone",
            (SELECT count(*) FROM declaration_travellers t WHERE t.declaration_id = d.id)::int
              AS "travellerCount"
     FROM declarations d
     LEFT JOIN applicants a ON a.id = d.applicant_id
     JOIN gates g ON g.code = d.gate_code
     WHERE d.id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  if (!row || !row.referenceCode || !row.direction || !row.plannedCrossingDate || !row.submittedAt) {
    return null;
  }

  return {
    declarationId: row.declarationId,
    businessId: row.businessId,
    status: row.status,
    recipient: { email: row.email, fullName: row.fullName, language: noticeLanguage(row.preferredLanguage) },
    referenceCode: row.referenceCode,
    direction: row.direction,
    plannedCrossingDate: row.plannedCrossingDate,
    travellerCount: row.travellerCount,
    submittedAt: new Date(row.lastSubmission?.at ?? row.submittedAt),
    resubmitted: row.lastSubmission?.from === 'changes_requested',
    decidedAt: row.decidedAt ? new Date(row.decidedAt) : null,
    rejectionReason: row.rejectionReason,
    gateNameVi: row.gateNameVi,
    gateNameEn: row.gateNameEn,
    gateNameKm: row.gateNameKm,
    timeZone: row.timeZone,
    cargo: await findCargoNoticeFacts(sequelize, declarationId),
  };
}
