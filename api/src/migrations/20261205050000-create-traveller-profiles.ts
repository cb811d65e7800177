import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// A traveller saved on an applicant's account. The traveller's fields are kept as one JSON
// object in the shape of the shared Traveller schema, so a field added to travellers is saved
// without a new column. Date-only values stay `YYYY-MM-DD` strings inside the JSON.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.createTable('traveller_profiles', {
    id: { type: DataTypes.UUID, primaryKey: true },
    applicant_id: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'applicants', key: 'id' },
      onDelete: 'CASCADE',
    },
    traveller: { type: DataTypes.JSONB, allowNull: false },
    version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });

  // One saved traveller per document: saving the same passport twice is a mistake, not a second person.
  await queryInterface.sequelize.query(`
    CREATE UNIQUE INDEX traveller_profiles_document_unique
      ON traveller_profiles (applicant_id, (traveller->>'documentType'), (traveller->>'documentNumber'))
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('traveller_profiles');
};
