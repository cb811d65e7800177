import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('declarations', {
    id: { type: DataTypes.UUID, primaryKey: true },
    applicant_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'applicants', key: 'id' },
      onDelete: 'RESTRICT',
    },
    // Draft fields stay nullable; completeness is checked at submission.
    gate_code: { type: DataTypes.STRING(10), references: { model: 'gates', key: 'code' } },
    direction: { type: DataTypes.STRING(10) },
    planned_crossing_date: { type: DataTypes.DATEONLY },
    purpose_code: { type: DataTypes.STRING(40) },
    status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'draft' },
    // Optimistic locking: every change bumps it and names the version it was based on.
    version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
    submitted_at: { type: DataTypes.DATE },
    decided_at: { type: DataTypes.DATE },
    decided_by: { type: DataTypes.UUID, references: { model: 'officers', key: 'id' } },
    rejection_reason: { type: DataTypes.TEXT },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });

  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      ADD CONSTRAINT declarations_status_check
        CHECK (status IN ('draft', 'submitted', 'approved', 'issued', 'rejected')),
      ADD CONSTRAINT declarations_direction_check
        CHECK (direction IS NULL OR direction IN ('entry', 'exit'))
  `);
  await queryInterface.addIndex('declarations', ['applicant_id', 'created_at']);
  await queryInterface.addIndex('declarations', ['status', 'submitted_at']);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('declarations');
};
