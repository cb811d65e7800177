import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('applicants', {
    id: { type: DataTypes.UUID, primaryKey: true },
    // Lower-cased by the registration schema, so a plain unique index is enough.
    email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
    password_hash: { type: DataTypes.STRING(255), allowNull: false },
    full_name: { type: DataTypes.STRING(100), allowNull: false },
    preferred_language: { type: DataTypes.STRING(5), allowNull: false, defaultValue: 'vi' },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('applicants');
};
