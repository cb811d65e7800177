import { DataTypes, Sequelize } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Licence-plate cameras with their API keys, and every read they posted. Only a SHA-256 hash
// of each key is stored: the key itself is shown once, when an administrator issues it.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('plate_cameras', {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: Sequelize.fn('gen_random_uuid') },
    name: { type: DataTypes.STRING(100), allowNull: false },
    gate_code: {
      type: DataTypes.STRING(10),
      allowNull: false,
      references: { model: 'gates', key: 'code' },
      onDelete: 'RESTRICT',
    },
    lane_code: { type: DataTypes.STRING(10), allowNull: true },
    key_hash: { type: DataTypes.CHAR(64), allowNull: false, unique: true },
    key_prefix: { type: DataTypes.STRING(16), allowNull: false },
    created_by: { type: DataTypes.UUID, allowNull: false, references: { model: 'officers', key: 'id' } },
    created_at: { type: DataTypes.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
    revoked_at: { type: DataTypes.DATE, allowNull: true },
    revoked_by: { type: DataTypes.UUID, allowNull: true, references: { model: 'officers', key: 'id' } },
    last_read_at: { type: DataTypes.DATE, allowNull: true },
  });
  await queryInterface.sequelize.query(`
    ALTER TABLE plate_cameras
      ADD CONSTRAINT plate_cameras_lane_fkey FOREIGN KEY (gate_code, lane_code)
        REFERENCES gate_lanes (gate_code, code) ON DELETE RESTRICT,
      ADD CONSTRAINT plate_cameras_revocation_check CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
  `);

  await queryInterface.createTable('plate_reads', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    camera_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'plate_cameras', key: 'id' },
      onDelete: 'RESTRICT',
    },
    gate_code: { type: DataTypes.STRING(10), allowNull: false },
    lane_code: { type: DataTypes.STRING(10), allowNull: true },
    // The plate as the camera sent it, and folded for matching (capitals, no spaces, dots or dashes).
    plate_text: { type: DataTypes.STRING(20), allowNull: false },
    plate_search_key: { type: DataTypes.STRING(20), allowNull: false },
    confidence: { type: DataTypes.DECIMAL(4, 3), allowNull: false },
    captured_at: { type: DataTypes.DATE, allowNull: false },
    received_at: { type: DataTypes.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
    image_reference: { type: DataTypes.STRING(500), allowNull: true },
    // The declarations whose vehicle carries the plate and whose result is valid today at the gate.
    matched_declaration_ids: { type: DataTypes.ARRAY(DataTypes.UUID), allowNull: false, defaultValue: [] },
  });
  await queryInterface.sequelize.query(`
    ALTER TABLE plate_reads
      ADD CONSTRAINT plate_reads_confidence_check CHECK (confidence BETWEEN 0 AND 1)
  `);
  await queryInterface.addIndex('plate_reads', ['gate_code', 'received_at']);
  await queryInterface.addIndex('plate_reads', ['camera_id', 'received_at']);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('plate_reads');
  await queryInterface.dropTable('plate_cameras');
};
