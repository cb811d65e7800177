import type { Migration } from '../lib/migrator';

// Whether a traveller holding this document type must upload a portrait photo before submitting.
// Administrators may change it; the seed gives new rows their value and never overwrites it.
// Rows seeded before this column existed get the same values here.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE document_types ADD COLUMN photo_required boolean NOT NULL DEFAULT false
  `);
  await queryInterface.sequelize.query(`
    UPDATE document_types SET photo_required = true
    WHERE code IN ('border_pass', 'border_resident_permit', 'other')
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.removeColumn('document_types', 'photo_required');
};
