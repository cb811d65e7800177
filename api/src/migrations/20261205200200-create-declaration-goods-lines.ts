import type { Migration } from '../lib/migrator';

// The goods of a consignment declaration. Quantities, weights and values are numeric, never
// floating point, and come back from pg as strings. Weights are kilograms to the gram.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE declaration_goods_lines (
      id uuid PRIMARY KEY,
      declaration_id uuid NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position >= 0),
      hs_code varchar(8) REFERENCES hs_codes (code),
      description varchar(500),
      quantity numeric(18, 3) CHECK (quantity > 0),
      unit_code varchar(10) REFERENCES units (code),
      net_weight_kg numeric(14, 3) CHECK (net_weight_kg > 0),
      gross_weight_kg numeric(14, 3) CHECK (gross_weight_kg > 0),
      value numeric(18, 2) CHECK (value >= 0),
      currency char(3),
      origin_country char(3),
      UNIQUE (declaration_id, position),
      CHECK (gross_weight_kg >= net_weight_kg)
    )
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('declaration_goods_lines');
};
