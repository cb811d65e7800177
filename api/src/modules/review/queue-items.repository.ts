import type { DeclarationStatus, QueueItem } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { findResultViews } from '../results/results.repository';

interface QueueItemRow {
  id: string;
  status: DeclarationStatus;
  version: number;
  referenceCode: string | null;
  gateCode: string | null;
  direction: string | null;
  plannedCrossingDate: string | null;
  leadTravellerName: string | null;
  travellerCount: number;
  submittedAt: Date | null;
  updatedAt: Date;
  decidedAt: Date | null;
  assignedOfficerId: string | null;
  assignedOfficerName: string | null;
  assignedAt: Date | null;
  filedAtCounter: boolean;
  kind: 'travel' | 'cargo';
  businessName: string | null;
}

function isoOrNull(value: Date | null): string | null {
  return value ? new Date(value).toISOString() : null;
}

function toQueueItem(row: QueueItemRow, resultNumber: string | null): QueueItem {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    referenceCode: row.referenceCode,
    gateCode: row.gateCode,
    direction: row.direction,
    plannedCrossingDate: row.plannedCrossingDate,
    leadTravellerName: row.leadTravellerName,
    travellerCount: row.travellerCount,
    submittedAt: isoOrNull(row.submittedAt),
    updatedAt: new Date(row.updatedAt).toISOString(),
    decidedAt: isoOrNull(row.decidedAt),
    resultNumber,
    filedAtCounter: row.filedAtCounter,
    kind: row.kind,
    businessName: row.businessName,
    assignment:
      row.assignedOfficerId && row.assignedAt
        ? {
            officerId: row.assignedOfficerId,
            officerName: row.assignedOfficerName ?? '',
            assignedAt: new Date(row.assignedAt).toISOString(),
          }
        : null,
  };
}

/** Loads the rows of a queue page in the order of `ids`, with the holder's name and the result number. */
export async function loadQueueItems(sequelize: Sequelize, ids: string[]): Promise<QueueItem[]> {
  if (ids.length === 0) {
    return [];
  }

  const rows = await sequelize.query<QueueItemRow>(
    `SELECT d.id, d.status, d.version, d.reference_code AS "referenceCode", d.gate_code AS "gateCode",
            d.direction, d.planned_crossing_date::text AS "plannedCrossingDate",
            d.lead_traveller_name AS "leadTravellerName",
            d.traveller_count::int AS "travellerCount",
            d.submitted_at AS "submittedAt", d.updated_at AS "updatedAt", d.decided_at AS "decidedAt",
            d.assigned_officer_id AS "assignedOfficerId", o.full_name AS "assignedOfficerName",
            d.assigned_at AS "assignedAt", d.filed_by_officer_id IS NOT NULL AS "filedAtCounter",
            d.kind, b.name AS "businessName"
       FROM declarations d
       LEFT JOIN officers o ON o.id = d.assigned_officer_id
       LEFT JOIN businesses b ON b.id = d.business_id
      WHERE d.id = ANY($1::uuid[])`,
    { bind: [ids], type: QueryTypes.SELECT },
  );
  const results = await findResultViews(sequelize, ids);

  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids
    .map((id) => byId.get(id))
    .filter((row): row is QueueItemRow => row !== undefined)
    .map((row) => toQueueItem(row, results.get(row.id)?.number ?? null));
}
