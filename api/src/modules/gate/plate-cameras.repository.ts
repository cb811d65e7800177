import type { PlateCameraView } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

interface CameraRow {
  id: string;
  cameraName: string;
  gateCode: string;
  laneCode: string | null;
  keyPrefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastReadAt: Date | null;
}

const CAMERA_COLUMNS = `id, name AS "cameraName", gate_code AS "gateCode", lane_code AS "laneCode",
  key_prefix AS "keyPrefix", created_at AS "createdAt", revoked_at AS "revokedAt", last_read_at AS "lastReadAt"`;

function toView(row: CameraRow): PlateCameraView {
  return {
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
    lastReadAt: row.lastReadAt ? new Date(row.lastReadAt).toISOString() : null,
  };
}

/** Lists every camera, active ones first, newest first. */
export async function listPlateCameras(sequelize: Sequelize): Promise<PlateCameraView[]> {
  const rows = await sequelize.query<CameraRow>(
    `SELECT ${CAMERA_COLUMNS} FROM plate_cameras ORDER BY (revoked_at IS NULL) DESC, created_at DESC`,
    { type: QueryTypes.SELECT },
  );
  return rows.map(toView);
}

/** Inserts a camera with the hash of its key and returns it. */
export async function insertPlateCamera(
  sequelize: Sequelize,
  transaction: Transaction,
  camera: {
    name: string;
    gateCode: string;
    laneCode: string | null;
    keyHash: string;
    keyPrefix: string;
    createdBy: string;
  },
): Promise<PlateCameraView> {
  const [row] = await sequelize.query<CameraRow>(
    `INSERT INTO plate_cameras (name, gate_code, lane_code, key_hash, key_prefix, created_by)
     VALUES (:name, :gateCode, :laneCode, :keyHash, :keyPrefix, :createdBy)
     RETURNING ${CAMERA_COLUMNS}`,
    { replacements: camera, transaction, type: QueryTypes.SELECT },
  );
  return toView(row);
}

/** Revokes a camera's key; returns null when no camera has the id. Revoking twice keeps the first time. */
export async function revokePlateCamera(
  sequelize: Sequelize,
  transaction: Transaction,
  cameraId: string,
  officerId: string,
): Promise<PlateCameraView | null> {
  const [row] = await sequelize.query<CameraRow>(
    `UPDATE plate_cameras
     SET revoked_at = COALESCE(revoked_at, now()), revoked_by = COALESCE(revoked_by, :officerId)
     WHERE id = :cameraId
     RETURNING ${CAMERA_COLUMNS}`,
    { replacements: { cameraId, officerId }, transaction, type: QueryTypes.SELECT },
  );
  return row ? toView(row) : null;
}

/** A camera whose key is still valid, as a plate read request needs it. */
export interface ActiveCamera {
  id: string;
  name: string;
  gateCode: string;
  laneCode: string | null;
  /** The time zone of the camera's gate, which decides what "today" is for matching. */
  timeZone: string;
}

/** Finds the unrevoked camera whose key has this hash. */
export async function findActiveCameraByKeyHash(
  sequelize: Sequelize,
  keyHash: string,
): Promise<ActiveCamera | null> {
  const [row] = await sequelize.query<ActiveCamera>(
    `SELECT c.id, c.name, c.gate_code AS "gateCode", c.lane_code AS "laneCode", g.time_zone AS "timeZone"
     FROM plate_cameras c JOIN gates g ON g.code = c.gate_code
     WHERE c.key_hash = :keyHash AND c.revoked_at IS NULL`,
    { replacements: { keyHash }, type: QueryTypes.SELECT },
  );
  return row ?? null;
}
