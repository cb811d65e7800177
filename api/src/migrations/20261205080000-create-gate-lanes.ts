import { DataTypes, Sequelize } from 'sequelize';

import type { Migration } from '../lib/migrator';

// The lanes of each gate where officers record crossings. A lane with a direction takes only
// entries or only exits; a lane without one takes both.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('gate_lanes', {
    gate_code: {
      type: DataTypes.STRING(10),
      primaryKey: true,
      references: { model: 'gates', key: 'code' },
      onDelete: 'CASCADE',
    },
    code: { type: DataTypes.STRING(10), primaryKey: true },
    name_vi: { type: DataTypes.STRING(100), allowNull: false },
    name_en: { type: DataTypes.STRING(100), allowNull: false },
    direction: { type: DataTypes.STRING(10), allowNull: true },
    sort_order: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    created_at: { type: DataTypes.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
    updated_at: { type: DataTypes.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
  });

  await queryInterface.sequelize.query(`
    ALTER TABLE gate_lanes
      ADD CONSTRAINT gate_lanes_direction_check CHECK (direction IS NULL OR direction IN ('entry', 'exit'))
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('gate_lanes');
};
