import type { Direction, GateDesk } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

interface DeskRow {
  gateCode: string;
  gateNameVi: string;
  gateNameEn: string;
  laneCode: string | null;
  laneNameVi: string | null;
  laneNameEn: string | null;
  direction: Direction | null;
}

/** Lists the active gates assigned to the officer, each with its active lanes in display order. */
export async function findOfficerDesks(sequelize: Sequelize, officerId: string): Promise<GateDesk[]> {
  const rows = await sequelize.query<DeskRow>(
    `SELECT g.code AS "gateCode", g.name_vi AS "gateNameVi", g.name_en AS "gateNameEn",
            l.code AS "laneCode", l.name_vi AS "laneNameVi", l.name_en AS "laneNameEn", l.direction
     FROM officer_gates og
     JOIN gates g ON g.code = og.gate_code AND g.active
     LEFT JOIN gate_lanes l ON l.gate_code = g.code AND l.active
     WHERE og.officer_id = :officerId
     ORDER BY g.code, l.sort_order, l.code`,
    { replacements: { officerId }, type: QueryTypes.SELECT },
  );

  const desks = new Map<string, GateDesk>();
  for (const row of rows) {
    const desk = desks.get(row.gateCode) ?? {
      code: row.gateCode,
      nameVi: row.gateNameVi,
      nameEn: row.gateNameEn,
      lanes: [],
    };
    if (row.laneCode !== null) {
      desk.lanes.push({
        code: row.laneCode,
        nameVi: row.laneNameVi ?? row.laneCode,
        nameEn: row.laneNameEn ?? row.laneCode,
        direction: row.direction,
      });
    }
    desks.set(row.gateCode, desk);
  }
  return [...desks.values()];
}

/** A gate as the lane screen needs it: whether the officer may work there, and its time zone. */
export interface DeskGateRow {
  code: string;
  timeZone: string;
  assigned: boolean;
}

/** Finds an active gate and whether it is assigned to the officer; null for an unknown or inactive gate. */
export async function findDeskGate(
  sequelize: Sequelize,
  officerId: string,
  gateCode: string,
): Promise<DeskGateRow | null> {
  const [row] = await sequelize.query<DeskGateRow>(
    `SELECT g.code, g.time_zone AS "timeZone",
            EXISTS (SELECT 1 FROM officer_gates og WHERE og.officer_id = :officerId AND og.gate_code = g.code) AS assigned
     FROM gates g WHERE g.code = :gateCode AND g.active`,
    { replacements: { officerId, gateCode }, type: QueryTypes.SELECT },
  );
  return row ?? null;
}

/** Finds an active lane of a gate; null when the gate has no such lane. */
export async function findLane(
  sequelize: Sequelize,
  gateCode: string,
  laneCode: string,
): Promise<{ code: string; direction: Direction | null } | null> {
  const [row] = await sequelize.query<{ code: string; direction: Direction | null }>(
    `SELECT code, direction FROM gate_lanes WHERE gate_code = :gateCode AND code = :laneCode AND active`,
    { replacements: { gateCode, laneCode }, type: QueryTypes.SELECT },
  );
  return row ?? null;
}
