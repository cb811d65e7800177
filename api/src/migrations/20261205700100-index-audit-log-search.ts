import type { Migration } from '../lib/migrator';

// Indexes for the administrators' search of the whole audit trail, which filters by action,
// client address or time and pages newest first (by id). Searches by officer or declaration
// use the indexes that the audit log was created with.
export const up: Migration = async ({ context: queryInterface }) => {
  const { sequelize } = queryInterface;
  await sequelize.query('CREATE INDEX audit_log_action_id_idx ON audit_log (action, id)');
  await sequelize.query('CREATE INDEX audit_log_ip_id_idx ON audit_log (ip, id) WHERE ip IS NOT NULL');
  await sequelize.query('CREATE INDEX audit_log_at_idx ON audit_log (at)');
};

export const down: Migration = async ({ context: queryInterface }) => {
  const { sequelize } = queryInterface;
  await sequelize.query('DROP INDEX IF EXISTS audit_log_at_idx');
  await sequelize.query('DROP INDEX IF EXISTS audit_log_ip_id_idx');
  await sequelize.query('DROP INDEX IF EXISTS audit_log_action_id_idx');
};
