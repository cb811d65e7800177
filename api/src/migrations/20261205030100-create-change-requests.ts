import { DataTypes, literal } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Each time an officer sends a declaration back for changes, one change_requests row (a round)
// and one change_request_fields row per commented field. Rounds are never deleted, so the
// declaration keeps its whole history: what was asked, by whom, and when the applicant resubmitted.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('change_requests', {
    id: { type: DataTypes.UUID, primaryKey: true },
    declaration_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'declarations', key: 'id' },
      onDelete: 'CASCADE',
    },
    round: { type: DataTypes.SMALLINT, allowNull: false },
    officer_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'officers', key: 'id' },
      onDelete: 'RESTRICT',
    },
    comment: { type: DataTypes.TEXT },
    created_at: { type: DataTypes.DATE, allowNull: false, defaultValue: literal('now()') },
    resubmitted_at: { type: DataTypes.DATE },
  });
  await queryInterface.addConstraint('change_requests', {
    type: 'unique',
    fields: ['declaration_id', 'round'],
    name: 'change_requests_declaration_round_key',
  });
  await queryInterface.sequelize.query(`
    ALTER TABLE change_requests ADD CONSTRAINT change_requests_round_check CHECK (round >= 1)
  `);

  await queryInterface.createTable('change_request_fields', {
    change_request_id: {
      type: DataTypes.UUID,
      primaryKey: true,
      references: { model: 'change_requests', key: 'id' },
      onDelete: 'CASCADE',
    },
    // The order in which the officer listed the fields, which the applicant sees too.
    position: { type: DataTypes.SMALLINT, primaryKey: true },
    field: { type: DataTypes.STRING(100), allowNull: false },
    comment: { type: DataTypes.TEXT, allowNull: false },
  });
  await queryInterface.addConstraint('change_request_fields', {
    type: 'unique',
    fields: ['change_request_id', 'field'],
    name: 'change_request_fields_field_key',
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('change_request_fields');
  await queryInterface.dropTable('change_requests');
};
