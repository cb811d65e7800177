import type { Migration } from '../lib/migrator';

// A business's drivers. As for an applicant's saved travellers, the driver's fields are one JSON
// object in the shape of the shared Traveller schema, with date-only values as `YYYY-MM-DD`
// strings, and one document is one driver per business.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE business_drivers (
      id uuid PRIMARY KEY,
      business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
      traveller jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `);
  await queryInterface.sequelize.query(`
    CREATE UNIQUE INDEX business_drivers_document_unique
      ON business_drivers (business_id, (traveller->>'documentType'), (traveller->>'documentNumber'))
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('business_drivers');
};
