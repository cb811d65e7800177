import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// One row per verification lookup of a result QR token, kept as evidence of where and when a
// result was shown. Lookups of unknown tokens are kept too (result_id NULL), which shows
// attempts to guess tokens. Append-only, like the audit log.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('result_scans', {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    // No foreign key: a scan stays evidence even if its result row is ever removed.
    result_id: { type: DataTypes.UUID, allowNull: true },
    outcome: { type: DataTypes.STRING(20), allowNull: false },
    client_ip: { type: DataTypes.STRING(64), allowNull: true },
    scanned_at: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
  });
  await queryInterface.addIndex('result_scans', ['result_id', 'scanned_at']);
  await queryInterface.sequelize.query(`
    CREATE FUNCTION result_scans_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'result_scans is append-only';
    END $$;
    CREATE TRIGGER result_scans_append_only BEFORE UPDATE OR DELETE ON result_scans
      FOR EACH ROW EXECUTE FUNCTION result_scans_append_only();
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('result_scans');
  await queryInterface.sequelize.query('DROP FUNCTION IF EXISTS result_scans_append_only()');
};
