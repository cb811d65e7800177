import type { Migration } from '../lib/migrator';

// The traveller can withdraw a declaration before it is decided, so the status check gains 'withdrawn'.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      DROP CONSTRAINT declarations_status_check,
      ADD CONSTRAINT declarations_status_check
        CHECK (status IN ('draft', 'submitted', 'approved', 'issued', 'rejected', 'withdrawn'))
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      DROP CONSTRAINT declarations_status_check,
      ADD CONSTRAINT declarations_status_check
        CHECK (status IN ('draft', 'submitted', 'approved', 'issued', 'rejected'))
  `);
};
