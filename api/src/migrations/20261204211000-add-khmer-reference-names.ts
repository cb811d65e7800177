import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Khmer names are optional: an administrator may add a gate or purpose without one, and the
// portal then shows the English name.
const TABLES = ['countries', 'gates', 'travel_purposes'] as const;

export const up: Migration = async ({ context: queryInterface }) => {
  for (const table of TABLES) {
    await queryInterface.addColumn(table, 'name_km', { type: DataTypes.STRING(200), allowNull: true });
  }
};

export const down: Migration = async ({ context: queryInterface }) => {
  for (const table of TABLES) {
    await queryInterface.removeColumn(table, 'name_km');
  }
};
