import type { Migration } from '../lib/migrator';

// Typed documents attached to a cargo declaration: invoices, packing lists, certificates. The
// file lives under the data directory at `storage_key`, a random name; the uploaded file's name
// is kept only as text to display. An applicant uploads while filing; an officer filing at the
// counter may upload too, so the uploader is one or the other.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE declaration_attachments (
      id uuid PRIMARY KEY,
      declaration_id uuid NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
      attachment_type varchar(40) NOT NULL CHECK (attachment_type IN (
        'commercial_invoice', 'packing_list', 'certificate_of_origin_form_d',
        'phytosanitary_certificate', 'import_export_licence', 'other'
      )),
      storage_key varchar(200) NOT NULL UNIQUE,
      original_name varchar(255),
      media_type varchar(100) NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 char(64) NOT NULL,
      uploaded_by_applicant_id uuid REFERENCES applicants (id) ON DELETE SET NULL,
      uploaded_by_officer_id uuid REFERENCES officers (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT declaration_attachments_one_uploader_check
        CHECK (uploaded_by_applicant_id IS NULL OR uploaded_by_officer_id IS NULL)
    )
  `);
  await queryInterface.sequelize.query(
    'CREATE INDEX declaration_attachments_declaration_id_idx ON declaration_attachments (declaration_id, created_at)',
  );
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('declaration_attachments');
};
