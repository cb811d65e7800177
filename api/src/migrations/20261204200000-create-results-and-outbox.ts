import { DataTypes, Sequelize, type QueryInterface } from 'sequelize';

import type { Migration } from '../lib/migrator';

const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
  updated_at: { type: DataTypes.DATE, allowNull: false, defaultValue: Sequelize.fn('now') },
};

async function createResults(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('results', {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: Sequelize.fn('gen_random_uuid') },
    declaration_id: {
      type: DataTypes.UUID,
      allowNull: false,
      unique: true,
      references: { model: 'declarations', key: 'id' },
      onDelete: 'RESTRICT',
    },
    gate_code: { type: DataTypes.STRING(10), allowNull: false, references: { model: 'gates', key: 'code' } },
    year: { type: DataTypes.INTEGER, allowNull: false },
    sequence: { type: DataTypes.INTEGER, allowNull: false },
    number: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    token: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    status: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'pending' },
    valid_from: { type: DataTypes.DATEONLY, allowNull: false },
    valid_until: { type: DataTypes.DATEONLY, allowNull: false },
    pdf_path: { type: DataTypes.STRING(200), allowNull: true },
    pdf_sha256: { type: DataTypes.STRING(64), allowNull: true },
    issued_at: { type: DataTypes.DATE, allowNull: true },
    officer_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'officers', key: 'id' },
      onDelete: 'RESTRICT',
    },
    version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    last_error: { type: DataTypes.TEXT, allowNull: true },
    ...timestamps,
  });

  await queryInterface.sequelize.query(`
    ALTER TABLE results
      ADD CONSTRAINT results_status_check CHECK (status IN ('pending', 'issued', 'revoked', 'failed')),
      ADD CONSTRAINT results_validity_check CHECK (valid_until >= valid_from),
      ADD CONSTRAINT results_issued_pdf_check CHECK (status <> 'issued' OR (pdf_path IS NOT NULL AND issued_at IS NOT NULL))
  `);
  await queryInterface.addConstraint('results', {
    type: 'unique',
    name: 'results_gate_year_sequence_key',
    fields: ['gate_code', 'year', 'sequence'],
  });
}

export const up: Migration = async ({ context: queryInterface }) => {
  await createResults(queryInterface);

  await queryInterface.createTable('result_number_sequences', {
    gate_code: { type: DataTypes.STRING(10), primaryKey: true },
    year: { type: DataTypes.INTEGER, primaryKey: true },
    last_value: { type: DataTypes.INTEGER, allowNull: false },
  });

  await queryInterface.createTable('outbox', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    job_name: { type: DataTypes.STRING(64), allowNull: false },
    job_id: { type: DataTypes.STRING(200), allowNull: false, unique: true },
    payload: { type: DataTypes.JSONB, allowNull: false },
    created_at: timestamps.created_at,
    enqueued_at: { type: DataTypes.DATE, allowNull: true },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    last_error: { type: DataTypes.TEXT, allowNull: true },
  });

  // The relay only ever scans rows still waiting for Redis.
  await queryInterface.addIndex('outbox', ['id'], {
    name: 'outbox_pending_idx',
    where: { enqueued_at: null },
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('outbox');
  await queryInterface.dropTable('result_number_sequences');
  await queryInterface.dropTable('results');
};
