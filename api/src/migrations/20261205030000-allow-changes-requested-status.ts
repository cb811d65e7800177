import type { Migration } from '../lib/migrator';

// An officer can send a submitted declaration back for changes, so the status check gains 'changes_requested'.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      DROP CONSTRAINT declarations_status_check,
      ADD CONSTRAINT declarations_status_check
        CHECK (status IN (
          'draft', 'submitted', 'approved', 'issued', 'rejected', 'withdrawn', 'changes_requested'
        ))
  `);
};

// Declarations still waiting for changes cannot stay in that status once it is gone, so they go back to the queue.
export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    UPDATE declarations SET status = 'submitted', version = version + 1 WHERE status = 'changes_requested'
  `);
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      DROP CONSTRAINT declarations_status_check,
      ADD CONSTRAINT declarations_status_check
        CHECK (status IN ('draft', 'submitted', 'approved', 'issued', 'rejected', 'withdrawn'))
  `);
};
