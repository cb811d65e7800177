import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Each gate sets how many days before the planned crossing a declaration may be submitted;
// the window closes at the end of the crossing day in the gate's time zone.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.addColumn('gates', 'submission_opens_days_before', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 7,
  });
  await queryInterface.sequelize.query(`
    ALTER TABLE gates
      ADD CONSTRAINT gates_submission_opens_days_before_check CHECK (submission_opens_days_before >= 0)
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.removeColumn('gates', 'submission_opens_days_before');
};
