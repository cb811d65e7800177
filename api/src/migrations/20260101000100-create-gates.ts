import { DataTypes, literal } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('gates', {
    code: { type: DataTypes.STRING(10), primaryKey: true },
    name_vi: { type: DataTypes.STRING(200), allowNull: false },
    name_en: { type: DataTypes.STRING(200), allowNull: false },
    facing_gate_name: { type: DataTypes.STRING(200), allowNull: false },
    facing_province: { type: DataTypes.STRING(200), allowNull: false },
    facing_country: { type: DataTypes.CHAR(3), allowNull: false },
    time_zone: { type: DataTypes.STRING(64), allowNull: false, defaultValue: 'Asia/Ho_Chi_Minh' },
    result_validity_days: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 3 },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    created_at: { type: DataTypes.DATE, allowNull: false, defaultValue: literal('now()') },
    updated_at: { type: DataTypes.DATE, allowNull: false, defaultValue: literal('now()') },
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('gates');
};
