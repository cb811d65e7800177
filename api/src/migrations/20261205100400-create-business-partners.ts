import type { Migration } from '../lib/migrator';

// A business's regular trading partners across the border, picked as the counterpart of a
// cargo declaration. The country is an ISO 3166-1 alpha-3 code.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE business_partners (
      id uuid PRIMARY KEY,
      business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
      name varchar(200) NOT NULL,
      address varchar(300) NOT NULL,
      country char(3) NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `);
  await queryInterface.sequelize.query(
    'CREATE INDEX business_partners_business_id_idx ON business_partners (business_id)',
  );
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('business_partners');
};
