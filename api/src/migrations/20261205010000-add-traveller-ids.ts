import type { Migration } from '../lib/migrator';

// A traveller's position changes when a companion before them is removed, so photos and other
// per-person data follow this id instead. Clients may choose it; rows without one get a random id.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declaration_travellers
      ADD COLUMN traveller_id uuid NOT NULL DEFAULT gen_random_uuid(),
      ADD CONSTRAINT declaration_travellers_traveller_id_key UNIQUE (declaration_id, traveller_id)
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declaration_travellers
      DROP CONSTRAINT declaration_travellers_traveller_id_key,
      DROP COLUMN traveller_id
  `);
};
