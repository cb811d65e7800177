import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// A border-resident permit may be valid for the gate's own province as well as the facing one,
// so each gate names its province. The seed fills it in for the gates it knows.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.addColumn('gates', 'province', { type: DataTypes.STRING(200), allowNull: true });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.removeColumn('gates', 'province');
};
