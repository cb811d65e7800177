import type { Migration } from '../lib/migrator';

// One re-encoded portrait photo per traveller. The file lives under the data directory at
// `storage_key`, a random name; the uploaded file's name is kept only as text to display.
// The foreign key to the traveller is checked at commit, because a draft update deletes and
// re-inserts every traveller row in one transaction and removes the photos of travellers that
// are gone before it commits.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE traveller_photos (
      declaration_id uuid NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
      traveller_id uuid NOT NULL,
      storage_key varchar(200) NOT NULL UNIQUE,
      byte_size integer NOT NULL CHECK (byte_size > 0),
      width smallint NOT NULL CHECK (width > 0),
      height smallint NOT NULL CHECK (height > 0),
      original_name varchar(255),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (declaration_id, traveller_id),
      CONSTRAINT traveller_photos_traveller_fkey FOREIGN KEY (declaration_id, traveller_id)
        REFERENCES declaration_travellers (declaration_id, traveller_id)
        DEFERRABLE INITIALLY DEFERRED
    )
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('traveller_photos');
};
