import type { PlateReadEvent } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { describeMatches } from './plate-matches.repository';

/** One accepted plate read to store. */
export interface PlateReadInsert {
  cameraId: string;
  gateCode: string;
  laneCode: string | null;
  plateText: string;
  plateSearchKey: string;
  confidence: number;
  capturedAt: Date;
  imageReference: string | null;
  matchedDeclarationIds: string[];
}

/** Stores a plate read and the camera's last read time; returns the read's id and receipt time. */
export async function insertPlateRead(
  sequelize: Sequelize,
  transaction: Transaction,
  read: PlateReadInsert,
): Promise<{ id: number; receivedAt: Date }> {
  const [row] = await sequelize.query<{ id: string; receivedAt: Date }>(
    `INSERT INTO plate_reads (camera_id, gate_code, lane_code, plate_text, plate_search_key, confidence,
                              captured_at, image_reference, matched_declaration_ids)
     VALUES (:cameraId, :gateCode, :laneCode, :plateText, :plateSearchKey, :confidence,
             :capturedAt, :imageReference, CAST(:matchedDeclarationIds AS uuid[]))
     RETURNING id, received_at AS "receivedAt"`,
    {
      // A PostgreSQL array literal: the ids come from the database, so they are plain UUIDs.
      replacements: { ...read, matchedDeclarationIds: `{${read.matchedDeclarationIds.join(',')}}` },
      transaction,
      type: QueryTypes.SELECT,
    },
  );
  await sequelize.query(`UPDATE plate_cameras SET last_read_at = now() WHERE id = :cameraId`, {
    replacements: { cameraId: read.cameraId },
    transaction,
  });
  return { id: Number(row.id), receivedAt: row.receivedAt };
}

/** Returns the declarations a read of the gate matched, or null when the gate has no such read. */
export async function findPlateReadMatches(
  sequelize: Sequelize,
  plateReadId: number,
  gateCode: string,
): Promise<string[] | null> {
  const [row] = await sequelize.query<{ matches: string[] }>(
    `SELECT matched_declaration_ids AS matches FROM plate_reads WHERE id = :plateReadId AND gate_code = :gateCode`,
    { replacements: { plateReadId, gateCode }, type: QueryTypes.SELECT },
  );
  return row ? row.matches : null;
}

interface RecentReadRow {
  id: string;
  gateCode: string;
  laneCode: string | null;
  cameraName: string;
  plate: string;
  confidence: string;
  capturedAt: Date;
  matches: string[];
}

/** Lists the latest reads of a gate received since `since`, newest first, as the lane screen shows them. */
export async function listRecentPlateReads(
  sequelize: Sequelize,
  query: { gateCode: string; since: Date; limit: number },
): Promise<PlateReadEvent[]> {
  const rows = await sequelize.query<RecentReadRow>(
    `SELECT p.id, p.gate_code AS "gateCode", p.lane_code AS "laneCode", c.name AS "cameraName",
            p.plate_text AS plate, p.confidence, p.captured_at AS "capturedAt",
            p.matched_declaration_ids AS matches
     FROM plate_reads p JOIN plate_cameras c ON c.id = p.camera_id
     WHERE p.gate_code = :gateCode AND p.received_at >= :since
     ORDER BY p.received_at DESC, p.id DESC
     LIMIT :limit`,
    { replacements: query, type: QueryTypes.SELECT },
  );

  const described = await describeMatches(sequelize, [...new Set(rows.flatMap((row) => row.matches))]);
  return rows.map((row) => ({
    id: Number(row.id),
    gateCode: row.gateCode,
    laneCode: row.laneCode,
    cameraName: row.cameraName,
    plate: row.plate,
    confidence: Number(row.confidence),
    capturedAt: new Date(row.capturedAt).toISOString(),
    matches: row.matches.flatMap((declarationId) => described.get(declarationId) ?? []),
  }));
}
