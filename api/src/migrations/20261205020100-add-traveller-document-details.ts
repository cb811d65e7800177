import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Some document types need the issue date (to check the validity period) and the province the
// document is valid for (a border pass is valid only in the province facing the gate).
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.addColumn('declaration_travellers', 'document_issue_date', {
    type: DataTypes.DATEONLY,
    allowNull: true,
  });
  await queryInterface.addColumn('declaration_travellers', 'document_valid_province', {
    type: DataTypes.STRING(100),
    allowNull: true,
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.removeColumn('declaration_travellers', 'document_valid_province');
  await queryInterface.removeColumn('declaration_travellers', 'document_issue_date');
};
