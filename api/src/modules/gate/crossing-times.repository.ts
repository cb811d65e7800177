import type { CrossingTimesRow } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

/**
 * Computes the median and 95th percentile of the time from scan to recorded crossing per lane
 * and local day at the gate. Crossings recorded together (one declaration, lane and instant)
 * are one scan. Refusals, crossings without a trusted scan time and crossings recorded at the
 * counter, whose time includes filing the declaration, are left out.
 */
export async function crossingTimes(
  sequelize: Sequelize,
  query: { gateCode: string; from: string; until: string },
): Promise<CrossingTimesRow[]> {
  const rows = await sequelize.query<CrossingTimesRow>(
    `WITH scans AS (
       SELECT to_char((c.recorded_at AT TIME ZONE g.time_zone)::date, 'YYYY-MM-DD') AS day,
              c.lane_code, c.scan_to_record_ms, count(*) AS travellers
       FROM crossings c JOIN gates g ON g.code = c.gate_code
       WHERE c.gate_code = :gateCode AND c.outcome = 'crossed' AND c.scan_to_record_ms IS NOT NULL
         AND c.method <> 'counter'
         AND (c.recorded_at AT TIME ZONE g.time_zone)::date BETWEEN CAST(:from AS date) AND CAST(:until AS date)
       GROUP BY 1, c.lane_code, c.declaration_id, c.recorded_at, c.scan_to_record_ms
     )
     SELECT day, lane_code AS "laneCode", count(*)::int AS scans, sum(travellers)::int AS travellers,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY scan_to_record_ms) AS "medianMs",
            percentile_cont(0.95) WITHIN GROUP (ORDER BY scan_to_record_ms) AS "p95Ms"
     FROM scans
     GROUP BY day, lane_code
     ORDER BY day DESC, lane_code`,
    { replacements: query, type: QueryTypes.SELECT },
  );

  return rows.map((row) => ({
    ...row,
    medianMs: row.medianMs === null ? null : Math.round(Number(row.medianMs)),
    p95Ms: row.p95Ms === null ? null : Math.round(Number(row.p95Ms)),
  }));
}
