import type { Migration } from '../lib/migrator';

// The trucks, tractor units, vans and trailers that a business files cargo declarations with.
// The plate is stored as printed and as a search key folded to Latin capitals and digits, which
// is unique per business. The cross-border transport licence is optional, but its number and
// expiry date come together; an expired licence is kept and flagged, not deleted.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE business_vehicles (
      id uuid PRIMARY KEY,
      business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
      vehicle_type varchar(20) NOT NULL
        CHECK (vehicle_type IN ('truck', 'tractor_unit', 'trailer', 'semi_trailer', 'van')),
      plate_country char(3) NOT NULL,
      plate_number varchar(20) NOT NULL,
      plate_search_key varchar(20) NOT NULL,
      transport_licence_number varchar(30),
      transport_licence_expiry date,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT business_vehicles_plate_unique UNIQUE (business_id, plate_search_key),
      CONSTRAINT business_vehicles_licence_check
        CHECK ((transport_licence_number IS NULL) = (transport_licence_expiry IS NULL))
    )
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('business_vehicles');
};
