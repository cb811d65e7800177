import type { Migration } from '../lib/migrator';

// A truck filed at the gate's counter may carry goods of a company that has no account, so its
// declaration has no business. `counter_companies` keeps the declaring company as the officer
// typed it from the truck's papers, one row per such declaration, apart from the `businesses`
// of registered accounts, which only their administrators edit.
//
// `counter_photo_uploads` keeps a portrait taken at the counter between its upload and the
// filing that uses it. The image is already re-encoded and stored under DATA_DIR; the filing
// moves it into `traveller_photos` and deletes the row. Rows older than a day are swept on
// each upload, with their files.
export const up: Migration = async ({ context: queryInterface }) => {
  const run = (statement: string) => queryInterface.sequelize.query(statement);

  await run(`
    CREATE TABLE counter_companies (
      declaration_id uuid PRIMARY KEY REFERENCES declarations (id) ON DELETE CASCADE,
      tax_code varchar(14) NOT NULL,
      tax_code_kind varchar(20) NOT NULL
        CHECK (tax_code_kind IN ('enterprise', 'branch', 'household')),
      name varchar(200) NOT NULL
    )
  `);
  await run('CREATE INDEX counter_companies_tax_code_idx ON counter_companies (tax_code)');

  await run(`
    CREATE TABLE counter_photo_uploads (
      id uuid PRIMARY KEY,
      officer_id uuid NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
      storage_key varchar(200) NOT NULL,
      byte_size integer NOT NULL,
      width integer NOT NULL,
      height integer NOT NULL,
      original_name varchar(255),
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `);
  await run('CREATE INDEX counter_photo_uploads_created_at_idx ON counter_photo_uploads (created_at)');
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('counter_photo_uploads');
  await queryInterface.dropTable('counter_companies');
};
