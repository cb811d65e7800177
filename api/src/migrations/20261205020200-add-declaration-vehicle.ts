import type { Migration } from '../lib/migrator';

// A crossing has at most one private vehicle, so its fields live on the declaration. The plate
// is stored as printed and folded (capitals, no spaces, dots or dashes) for matching the
// plates that gate cameras read.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      ADD COLUMN vehicle_kind varchar(20),
      ADD COLUMN vehicle_plate_country char(3),
      ADD COLUMN vehicle_plate_number varchar(20),
      ADD COLUMN vehicle_plate_search_key varchar(20),
      ADD CONSTRAINT declarations_vehicle_kind_check CHECK (vehicle_kind IN ('car', 'motorbike'))
  `);
  await queryInterface.sequelize.query(`
    CREATE INDEX declarations_vehicle_plate_search_key_idx ON declarations (vehicle_plate_search_key)
      WHERE vehicle_plate_search_key IS NOT NULL
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      DROP COLUMN vehicle_kind,
      DROP COLUMN vehicle_plate_country,
      DROP COLUMN vehicle_plate_number,
      DROP COLUMN vehicle_plate_search_key
  `);
};
