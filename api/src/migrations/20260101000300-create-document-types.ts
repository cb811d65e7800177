import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('document_types', {
    code: { type: DataTypes.STRING(40), primaryKey: true },
    name_vi: { type: DataTypes.STRING(200), allowNull: false },
    name_en: { type: DataTypes.STRING(200), allowNull: false },
    sort_order: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('document_types');
};
