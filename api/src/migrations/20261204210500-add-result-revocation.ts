import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.addColumn('results', 'revoked_at', { type: DataTypes.DATE, allowNull: true });
  await queryInterface.addColumn('results', 'revoked_by', {
    type: DataTypes.UUID,
    allowNull: true,
    references: { model: 'officers', key: 'id' },
    onDelete: 'RESTRICT',
  });
  await queryInterface.addColumn('results', 'revocation_reason', { type: DataTypes.TEXT, allowNull: true });

  // A revoked result always says when, by whom and why; no other status carries these fields.
  await queryInterface.sequelize.query(`
    ALTER TABLE results ADD CONSTRAINT results_revocation_check CHECK (
      (status = 'revoked') = (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND revocation_reason IS NOT NULL)
    )
  `);

  // One row per e-mail job that reached the mail transport, so a retried job sends nothing twice.
  await queryInterface.createTable('sent_emails', {
    job_id: { type: DataTypes.STRING(200), primaryKey: true },
    message_id: { type: DataTypes.STRING(250), allowNull: false },
    sent_at: { type: DataTypes.DATE, allowNull: false },
  });
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('sent_emails');
  await queryInterface.sequelize.query('ALTER TABLE results DROP CONSTRAINT results_revocation_check');
  await queryInterface.removeColumn('results', 'revocation_reason');
  await queryInterface.removeColumn('results', 'revoked_by');
  await queryInterface.removeColumn('results', 'revoked_at');
};
