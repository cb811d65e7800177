import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// One row per public status lookup, to count lookups and spot guessing. It holds the outcome and
// the time only: no reference code, date of birth or client address, because the lookup is open
// to anyone and a row must not tie a person to a declaration.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('declaration_status_lookups', {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    outcome: { type: DataTypes.STRING(20), allowNull: false },
    looked_up_at: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
  });
  await queryInterface.sequelize.query(`
    ALTER TABLE declaration_status_lookups
      ADD CONSTRAINT declaration_status_lookups_outcome_check CHECK (outcome IN ('found', 'not_found'))
  `);
  await queryInterface.addIndex('declaration_status_lookups', ['looked_up_at']);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('declaration_status_lookups');
};
