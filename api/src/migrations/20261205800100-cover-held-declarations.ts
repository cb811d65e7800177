import type { Migration } from '../lib/migrator';

// The held declarations' index also carries the gate and the submission time, so the queue
// summary counts and dates the "mine" and "others" queues from the index alone, without reading
// each held declaration's row for its gate.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query('DROP INDEX IF EXISTS declarations_assigned_officer_idx');
  await queryInterface.sequelize.query(`
    CREATE INDEX declarations_assigned_officer_idx
      ON declarations (assigned_officer_id, status, gate_code, submitted_at)
      WHERE assigned_officer_id IS NOT NULL
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query('DROP INDEX IF EXISTS declarations_assigned_officer_idx');
  await queryInterface.sequelize.query(`
    CREATE INDEX declarations_assigned_officer_idx
      ON declarations (assigned_officer_id, status) WHERE assigned_officer_id IS NOT NULL
  `);
};
