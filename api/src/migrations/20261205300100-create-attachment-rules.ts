import type { Migration } from '../lib/migrator';

// Which attachments a cargo declaration needs, as reference data that administrators edit. A
// rule applies when the direction matches (null: both) and, where set, a goods line falls in
// the HS chapter range or has an HS code with the given control. The first rules are inserted
// here once, so that later edits by administrators are never overwritten by a seed.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE attachment_rules (
      id uuid PRIMARY KEY,
      attachment_type varchar(40) NOT NULL CHECK (attachment_type IN (
        'commercial_invoice', 'packing_list', 'certificate_of_origin_form_d',
        'phytosanitary_certificate', 'import_export_licence', 'other'
      )),
      direction varchar(5) CHECK (direction IN ('entry', 'exit')),
      hs_chapter_from char(2) CHECK (hs_chapter_from ~ '^[0-9]{2}$'),
      hs_chapter_to char(2) CHECK (hs_chapter_to ~ '^[0-9]{2}$'),
      hs_control varchar(20) CHECK (hs_control IN ('licence_required')),
      active boolean NOT NULL DEFAULT true,
      note_vi varchar(500) NOT NULL,
      note_en varchar(500) NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT attachment_rules_chapter_range_check CHECK (
        (hs_chapter_from IS NULL AND hs_chapter_to IS NULL)
        OR (hs_chapter_from IS NOT NULL AND hs_chapter_to IS NOT NULL AND hs_chapter_from <= hs_chapter_to)
      )
    )
  `);

  // Every consignment needs an invoice and a packing list, imports of plant products (HS
  // chapters 06 to 14) a phytosanitary certificate, and goods under licence control a licence.
  await queryInterface.sequelize.query(`
    INSERT INTO attachment_rules
      (id, attachment_type, direction, hs_chapter_from, hs_chapter_to, hs_control, note_vi, note_en)
    VALUES
      (gen_random_uuid(), 'commercial_invoice', NULL, NULL, NULL, NULL,
       'Mọi lô hàng cần hóa đơn thương mại.',
       'Every consignment needs a commercial invoice.'),
      (gen_random_uuid(), 'packing_list', NULL, NULL, NULL, NULL,
       'Mọi lô hàng cần phiếu đóng gói (packing list).',
       'Every consignment needs a packing list.'),
      (gen_random_uuid(), 'phytosanitary_certificate', 'entry', '06', '14', NULL,
       'Hàng nhập khẩu là sản phẩm thực vật (chương HS 06–14) cần giấy chứng nhận kiểm dịch thực vật.',
       'Imports of plant products (HS chapters 06–14) need a phytosanitary certificate.'),
      (gen_random_uuid(), 'import_export_licence', NULL, NULL, NULL, 'licence_required',
       'Hàng có mã HS thuộc diện phải có giấy phép cần giấy phép nhập khẩu hoặc xuất khẩu.',
       'Goods whose HS code requires a licence need an import or export licence.')
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('attachment_rules');
};
