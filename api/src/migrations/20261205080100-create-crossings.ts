import { DataTypes, Sequelize } from 'sequelize';

import type { Migration } from '../lib/migrator';

// One row per traveller who crossed, or was refused, with a result at a lane. The unique key
// on (declaration, traveller) makes two lanes recording the same traveller at once end with
// one row: the second insert fails instead of recording a second crossing.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('crossings', {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: Sequelize.fn('gen_random_uuid') },
    declaration_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'declarations', key: 'id' },
      onDelete: 'RESTRICT',
    },
    result_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'results', key: 'id' },
      onDelete: 'RESTRICT',
    },
    traveller_position: { type: DataTypes.SMALLINT, allowNull: false },
    outcome: { type: DataTypes.STRING(10), allowNull: false },
    refusal_reason: { type: DataTypes.TEXT, allowNull: true },
    gate_code: { type: DataTypes.STRING(10), allowNull: false },
    lane_code: { type: DataTypes.STRING(10), allowNull: false },
    officer_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'officers', key: 'id' },
      onDelete: 'RESTRICT',
    },
    method: { type: DataTypes.STRING(16), allowNull: false },
    // The lane screen's clock at the scan, and the milliseconds from it to the commit. The time
    // is null when the screen's clock was too far off to trust.
    scanned_at: { type: DataTypes.DATE, allowNull: true },
    scan_to_record_ms: { type: DataTypes.INTEGER, allowNull: true },
    recorded_at: { type: DataTypes.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
  });

  await queryInterface.sequelize.query(`
    ALTER TABLE crossings
      ADD CONSTRAINT crossings_traveller_key UNIQUE (declaration_id, traveller_position),
      ADD CONSTRAINT crossings_lane_fkey FOREIGN KEY (gate_code, lane_code)
        REFERENCES gate_lanes (gate_code, code) ON DELETE RESTRICT,
      ADD CONSTRAINT crossings_outcome_check CHECK (outcome IN ('crossed', 'refused')),
      ADD CONSTRAINT crossings_refusal_reason_check CHECK ((outcome = 'refused') = (refusal_reason IS NOT NULL)),
      ADD CONSTRAINT crossings_method_check CHECK (method IN ('qr_scanner', 'camera', 'typed', 'mrz', 'plate')),
      ADD CONSTRAINT crossings_position_check CHECK (traveller_position BETWEEN 0 AND 9),
      ADD CONSTRAINT crossings_scan_to_record_check CHECK (scan_to_record_ms BETWEEN 0 AND 3600000)
  `);
  await queryInterface.addIndex('crossings', ['gate_code', 'recorded_at']);

  // A result is used once every traveller has crossed or been refused. The first crossing's time
  // is what the public verification page shows.
  await queryInterface.addColumn('results', 'first_crossed_at', { type: DataTypes.DATE, allowNull: true });
  await queryInterface.addColumn('results', 'used_at', { type: DataTypes.DATE, allowNull: true });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.removeColumn('results', 'used_at');
  await queryInterface.removeColumn('results', 'first_crossed_at');
  await queryInterface.dropTable('crossings');
};
