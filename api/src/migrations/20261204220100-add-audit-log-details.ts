import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Facts of an audited action that no other column holds, such as the filter and row count of a
// list view. Never personal data: the rows it concerns are named by id.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.addColumn('audit_log', 'details', { type: DataTypes.JSONB, allowNull: true });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.removeColumn('audit_log', 'details');
};
