import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

import { sequelizeOf } from '../../lib/transaction-sequelize';

/** A portrait uploaded at the counter and not yet used by a filing. */
export interface CounterPhotoUploadRow {
  id: string;
  storageKey: string;
  byteSize: number;
  width: number;
  height: number;
  originalName: string | null;
}

/** How long an unused counter portrait is kept before the sweep removes it. */
const UNUSED_UPLOAD_RETENTION = '1 day';

/** Stores the row of a portrait uploaded at the counter by an officer. */
export async function insertCounterPhotoUpload(
  sequelize: Sequelize,
  upload: CounterPhotoUploadRow & { officerId: string },
): Promise<void> {
  await sequelize.query(
    `INSERT INTO counter_photo_uploads (id, officer_id, storage_key, byte_size, width, height, original_name)
     VALUES (:id, :officerId, :storageKey, :byteSize, :width, :height, :originalName)`,
    { replacements: { ...upload } },
  );
}

/**
 * Locks and returns the officer's unused uploads among `ids`, by id. Another officer's upload
 * is not returned, so it looks like one that no longer exists.
 */
export async function lockCounterPhotoUploads(
  transaction: Transaction,
  officerId: string,
  ids: readonly string[],
): Promise<Map<string, CounterPhotoUploadRow>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await sequelizeOf(transaction).query<CounterPhotoUploadRow>(
    `SELECT id, storage_key AS "storageKey", byte_size AS "byteSize", width, height,
            original_name AS "originalName"
       FROM counter_photo_uploads
      WHERE officer_id = :officerId AND id IN (:ids)
      FOR UPDATE`,
    { replacements: { officerId, ids: [...ids] }, transaction, type: QueryTypes.SELECT },
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Deletes upload rows whose photos a filing now keeps in `traveller_photos`. */
export async function deleteCounterPhotoUploads(
  transaction: Transaction,
  ids: readonly string[],
): Promise<void> {
  if (ids.length > 0) {
    await sequelizeOf(transaction).query('DELETE FROM counter_photo_uploads WHERE id IN (:ids)', {
      replacements: { ids: [...ids] },
      transaction,
    });
  }
}

/** Deletes the uploads that no filing used within the retention time. Returns their storage keys. */
export async function deleteUnusedCounterPhotoUploads(sequelize: Sequelize): Promise<string[]> {
  const rows = await sequelize.query<{ storageKey: string }>(
    `DELETE FROM counter_photo_uploads
      WHERE created_at < now() - interval '${UNUSED_UPLOAD_RETENTION}'
      RETURNING storage_key AS "storageKey"`,
    { type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.storageKey);
}
