import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('officers', {
    id: { type: DataTypes.UUID, primaryKey: true },
    username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    full_name: { type: DataTypes.STRING(100), allowNull: false },
    role: {
      type: DataTypes.ENUM('gate_officer', 'reviewer', 'supervisor', 'administrator'),
      allowNull: false,
    },
    password_hash: { type: DataTypes.STRING(255), allowNull: false },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('officers');
  await queryInterface.sequelize.query('DROP TYPE IF EXISTS "enum_officers_role"');
};
