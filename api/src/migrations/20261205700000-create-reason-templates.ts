import type { Migration } from '../lib/migrator';

/** The first templates, in the order the dialogs list them: [kind, Vietnamese, English]. */
const SEEDED_TEMPLATES: readonly (readonly ['rejection' | 'change_request', string, string])[] = [
  [
    'rejection',
    'Giấy tờ đi lại đã hết hạn hoặc hết hạn trước ngày dự kiến qua cửa khẩu.',
    'The travel document has expired or expires before the planned crossing date.',
  ],
  [
    'rejection',
    'Loại giấy tờ này không được dùng để qua cửa khẩu này.',
    'This type of document is not valid for crossing at this border gate.',
  ],
  [
    'rejection',
    'Thông tin trên tờ khai không khớp với giấy tờ đi lại.',
    'The details in the declaration do not match the travel document.',
  ],
  [
    'rejection',
    'Giấy thông hành biên giới chỉ có giá trị tại tỉnh được ghi trên giấy, không phải tỉnh đối diện cửa khẩu này.',
    'The border pass is valid only for the province written on it, not for the province facing this gate.',
  ],
  [
    'rejection',
    'Người đi thuộc diện chưa được phép xuất cảnh hoặc nhập cảnh theo quy định.',
    'A traveller is not allowed to leave or enter the country under the regulations in force.',
  ],
  [
    'rejection',
    'Phương tiện chưa có giấy phép vận tải đường bộ qua biên giới còn hiệu lực.',
    'The vehicle has no valid cross-border road transport licence.',
  ],
  [
    'change_request',
    'Ảnh chân dung không rõ mặt. Vui lòng chụp lại trên nền sáng, không đội mũ, không đeo kính râm.',
    'The portrait photo does not show the face clearly. Please take it again against a light background, without a hat or sunglasses.',
  ],
  [
    'change_request',
    'Số giấy tờ không khớp với ảnh trang thông tin. Vui lòng kiểm tra và nhập lại.',
    'The document number does not match the photo of the data page. Please check it and enter it again.',
  ],
  [
    'change_request',
    'Ngày sinh không khớp với giấy tờ. Vui lòng nhập đúng như trên giấy tờ.',
    'The date of birth does not match the document. Please enter it exactly as printed on the document.',
  ],
  [
    'change_request',
    'Họ tên phải viết đúng như trên giấy tờ đi lại, có dấu đầy đủ.',
    'Please write the full name exactly as in the travel document.',
  ],
  [
    'change_request',
    'Ngày hết hạn của giấy tờ không đúng. Vui lòng kiểm tra lại.',
    'The expiry date of the document is wrong. Please check it.',
  ],
  [
    'change_request',
    'Biển số xe không đúng định dạng hoặc không khớp với giấy đăng ký xe.',
    'The number plate is in the wrong format or does not match the vehicle registration.',
  ],
];

// Standard reasons that officers pick when they reject a declaration or send it back, kept in
// Vietnamese and English so the applicant reads them in their language. Templates are never
// deleted, because decisions cite them by id: an administrator deactivates one instead.
// Declarations and change requests keep the id of the template that their reason came from.
export const up: Migration = async ({ context: queryInterface }) => {
  const { sequelize } = queryInterface;
  await sequelize.query(`
    CREATE TABLE reason_templates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind varchar(20) NOT NULL CHECK (kind IN ('rejection', 'change_request')),
      text_vi varchar(300) NOT NULL CHECK (length(btrim(text_vi)) > 0),
      text_en varchar(300) NOT NULL CHECK (length(btrim(text_en)) > 0),
      active boolean NOT NULL DEFAULT true,
      sort_order integer NOT NULL CHECK (sort_order >= 1),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `);
  await sequelize.query(
    'CREATE INDEX reason_templates_kind_order_idx ON reason_templates (kind, sort_order)',
  );

  for (const [index, [kind, textVi, textEn]] of SEEDED_TEMPLATES.entries()) {
    const sortOrder = SEEDED_TEMPLATES.slice(0, index).filter(([earlier]) => earlier === kind).length + 1;
    await sequelize.query(
      'INSERT INTO reason_templates (kind, text_vi, text_en, sort_order) VALUES ($1, $2, $3, $4)',
      { bind: [kind, textVi, textEn, sortOrder] },
    );
  }

  await sequelize.query(`
    ALTER TABLE declarations
      ADD COLUMN rejection_template_id uuid REFERENCES reason_templates (id) ON DELETE RESTRICT
  `);
  await sequelize.query(`
    ALTER TABLE change_requests
      ADD COLUMN reason_template_id uuid REFERENCES reason_templates (id) ON DELETE RESTRICT
  `);
  await sequelize.query(`
    ALTER TABLE change_request_fields
      ADD COLUMN reason_template_id uuid REFERENCES reason_templates (id) ON DELETE RESTRICT
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  const { sequelize } = queryInterface;
  await sequelize.query('ALTER TABLE change_request_fields DROP COLUMN IF EXISTS reason_template_id');
  await sequelize.query('ALTER TABLE change_requests DROP COLUMN IF EXISTS reason_template_id');
  await sequelize.query('ALTER TABLE declarations DROP COLUMN IF EXISTS rejection_template_id');
  await sequelize.query('DROP TABLE IF EXISTS reason_templates');
};
