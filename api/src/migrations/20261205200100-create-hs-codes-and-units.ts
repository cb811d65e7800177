import type { Migration } from '../lib/migrator';

// The HS code reference list: chapters (2 digits), headings (4), subheadings (6) and the
// 8-digit national lines of the ASEAN tariff nomenclature (AHTN) that Vietnam uses. Codes are
// strings of digits because leading zeros matter. Goods lines may use only selectable codes.
// The folded descriptions (lower case, no diacritics) serve the search.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE hs_codes (
      code varchar(8) PRIMARY KEY CHECK (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{2})?)?)?$'),
      level smallint NOT NULL CHECK (level IN (2, 4, 6, 8) AND level = length(code)),
      description_vi text NOT NULL,
      description_en text NOT NULL,
      search_text text NOT NULL,
      chapter char(2) NOT NULL CHECK (chapter = substring(code, 1, 2)),
      parent_code varchar(8) REFERENCES hs_codes (code),
      control varchar(20) CHECK (control IN ('prohibited', 'licence_required')),
      selectable boolean NOT NULL DEFAULT false
    )
  `);
  await queryInterface.sequelize.query(
    'CREATE INDEX hs_codes_code_pattern_idx ON hs_codes (code varchar_pattern_ops)',
  );

  // Units of quantity. A quantity may have at most `decimals` decimal places in its unit.
  await queryInterface.sequelize.query(`
    CREATE TABLE units (
      code varchar(10) PRIMARY KEY CHECK (code ~ '^[a-z0-9]{1,10}$'),
      name_vi varchar(60) NOT NULL,
      name_en varchar(60) NOT NULL,
      name_km varchar(60) NOT NULL,
      decimals smallint NOT NULL CHECK (decimals BETWEEN 0 AND 3),
      position smallint NOT NULL DEFAULT 0
    )
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('units');
  await queryInterface.dropTable('hs_codes');
};
