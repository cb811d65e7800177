import type { Migration } from '../lib/migrator';

// The fields of a consignment declaration (one truck crossing) that a traveller's declaration
// lacks. The planned arrival is an instant; `planned_crossing_date` stays its local date in
// Asia/Ho_Chi_Minh, so the queues and the gate desk sort both kinds together. The driver and crew
// are rows of declaration_travellers: position 0 is the driver.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      ADD COLUMN planned_arrival_at timestamptz,
      ADD COLUMN counterpart_name varchar(200),
      ADD COLUMN counterpart_address varchar(500),
      ADD COLUMN counterpart_country char(3),
      ADD COLUMN trailer_plate_country char(3),
      ADD COLUMN trailer_plate_number varchar(20),
      ADD COLUMN trailer_plate_search_key varchar(20),
      ADD COLUMN transport_licence_number varchar(40),
      ADD COLUMN transport_licence_expiry date,
      DROP CONSTRAINT declarations_vehicle_kind_check,
      ADD CONSTRAINT declarations_vehicle_kind_check
        CHECK (vehicle_kind IN ('car', 'motorbike', 'truck', 'tractor_unit', 'van'))
  `);
  await queryInterface.sequelize.query(`
    CREATE INDEX declarations_trailer_plate_search_key_idx ON declarations (trailer_plate_search_key)
      WHERE trailer_plate_search_key IS NOT NULL
  `);

  await queryInterface.sequelize.query(`
    ALTER TABLE declaration_travellers
      ADD COLUMN crew_role varchar(10),
      ADD CONSTRAINT declaration_travellers_crew_role_check CHECK (crew_role IN ('driver', 'crew'))
  `);

  // Trucks declare at least this long before they arrive, so that the gate can check them ahead.
  await queryInterface.sequelize.query(`
    ALTER TABLE gates
      ADD COLUMN cargo_submission_lead_minutes integer NOT NULL DEFAULT 60
        CHECK (cargo_submission_lead_minutes BETWEEN 0 AND 10080)
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query('ALTER TABLE gates DROP COLUMN cargo_submission_lead_minutes');
  await queryInterface.sequelize.query('ALTER TABLE declaration_travellers DROP COLUMN crew_role');
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      DROP CONSTRAINT declarations_vehicle_kind_check,
      ADD CONSTRAINT declarations_vehicle_kind_check CHECK (vehicle_kind IN ('car', 'motorbike')),
      DROP COLUMN planned_arrival_at,
      DROP COLUMN counterpart_name,
      DROP COLUMN counterpart_address,
      DROP COLUMN counterpart_country,
      DROP COLUMN trailer_plate_country,
      DROP COLUMN trailer_plate_number,
      DROP COLUMN trailer_plate_search_key,
      DROP COLUMN transport_licence_number,
      DROP COLUMN transport_licence_expiry
  `);
};
