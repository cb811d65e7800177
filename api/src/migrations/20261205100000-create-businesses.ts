import type { Migration } from '../lib/migrator';

// Companies and household businesses that file cargo declarations, and the applicant accounts
// of their staff. A tax code (MST) is stored as written on the registration certificate: 10
// digits, 13 digits as `NNNNNNNNNN-NNN` for a branch, or the owner's 12-digit personal ID for a
// household business, so it is unique as stored.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE businesses (
      id uuid PRIMARY KEY,
      tax_code varchar(14) NOT NULL UNIQUE,
      tax_code_kind varchar(20) NOT NULL
        CHECK (tax_code_kind IN ('enterprise', 'branch', 'household')),
      name varchar(200) NOT NULL,
      address varchar(300) NOT NULL,
      contact_name varchar(100) NOT NULL,
      contact_phone varchar(20) NOT NULL,
      contact_email varchar(254) NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `);

  await queryInterface.sequelize.query(`
    CREATE TABLE business_members (
      business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
      applicant_id uuid NOT NULL REFERENCES applicants (id) ON DELETE CASCADE,
      role varchar(20) NOT NULL CHECK (role IN ('administrator', 'staff')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (business_id, applicant_id)
    )
  `);
  await queryInterface.sequelize.query(
    'CREATE INDEX business_members_applicant_id_idx ON business_members (applicant_id)',
  );

  // A cargo declaration filed online belongs to a business, so every member may open it. A
  // traveller's declaration has no business and belongs to its applicant alone. A truck filed
  // at the gate's counter may carry cargo of a company that never registered, so cargo does not
  // require a business.
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'travel',
      ADD COLUMN business_id uuid REFERENCES businesses (id) ON DELETE RESTRICT,
      ADD CONSTRAINT declarations_kind_check CHECK (kind IN ('travel', 'cargo')),
      ADD CONSTRAINT declarations_business_kind_check
        CHECK (kind = 'cargo' OR business_id IS NULL)
  `);
  await queryInterface.sequelize.query(`
    CREATE INDEX declarations_business_id_idx ON declarations (business_id, created_at)
      WHERE business_id IS NOT NULL
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE declarations
      DROP COLUMN business_id,
      DROP COLUMN kind
  `);
  await queryInterface.dropTable('business_members');
  await queryInterface.dropTable('businesses');
};
