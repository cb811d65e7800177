import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('countries', {
    code: { type: DataTypes.CHAR(3), primaryKey: true },
    name_vi: { type: DataTypes.STRING(200), allowNull: false },
    name_en: { type: DataTypes.STRING(200), allowNull: false },
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('countries');
};
