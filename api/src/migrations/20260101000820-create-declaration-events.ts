import { DataTypes, literal } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('declaration_events', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    declaration_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'declarations', key: 'id' },
      onDelete: 'CASCADE',
    },
    // Null for the creation of the draft.
    from_status: { type: DataTypes.STRING(20) },
    to_status: { type: DataTypes.STRING(20), allowNull: false },
    actor_type: { type: DataTypes.STRING(20), allowNull: false },
    // Null when the system acts, such as the worker issuing the result.
    actor_id: { type: DataTypes.UUID },
    reason: { type: DataTypes.TEXT },
    at: { type: DataTypes.DATE, allowNull: false, defaultValue: literal('now()') },
  });

  await queryInterface.addIndex('declaration_events', ['declaration_id', 'at']);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('declaration_events');
};
