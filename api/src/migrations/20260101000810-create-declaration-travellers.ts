import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('declaration_travellers', {
    declaration_id: {
      type: DataTypes.UUID,
      primaryKey: true,
      references: { model: 'declarations', key: 'id' },
      onDelete: 'CASCADE',
    },
    // 0 is the lead traveller, 1 to 9 the companions in the order the applicant entered them.
    position: { type: DataTypes.SMALLINT, primaryKey: true },
    full_name: { type: DataTypes.STRING(100) },
    // Lower-case, without diacritics, and đ as d, for searches such as "nguyen van duc".
    full_name_folded: { type: DataTypes.STRING(100) },
    sex: { type: DataTypes.STRING(10) },
    date_of_birth: { type: DataTypes.DATEONLY },
    nationality: { type: DataTypes.CHAR(3) },
    document_type: { type: DataTypes.STRING(40) },
    document_number: { type: DataTypes.STRING(20) },
    document_expiry_date: { type: DataTypes.DATEONLY },
  });

  await queryInterface.sequelize.query(`
    ALTER TABLE declaration_travellers
      ADD CONSTRAINT declaration_travellers_position_check CHECK (position BETWEEN 0 AND 9)
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('declaration_travellers');
};
