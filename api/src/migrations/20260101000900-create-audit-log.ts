import { DataTypes, literal } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('audit_log', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    actor_type: { type: DataTypes.STRING(20), allowNull: false },
    actor_id: { type: DataTypes.UUID },
    action: { type: DataTypes.STRING(64), allowNull: false },
    // No foreign key: the trail must outlive the records it mentions.
    declaration_id: { type: DataTypes.UUID },
    ip: { type: DataTypes.STRING(64) },
    at: { type: DataTypes.DATE, allowNull: false, defaultValue: literal('now()') },
  });

  await queryInterface.addIndex('audit_log', ['declaration_id', 'at']);
  await queryInterface.addIndex('audit_log', ['actor_id', 'at']);

  // Append-only: the database itself rejects edits and deletions, whatever the application does.
  await queryInterface.sequelize.query(`
    CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END
    $$
  `);
  await queryInterface.sequelize.query(`
    CREATE TRIGGER audit_log_append_only
      BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('audit_log');
  await queryInterface.sequelize.query('DROP FUNCTION IF EXISTS audit_log_reject_change()');
};
