import type { Sequelize, Transaction } from 'sequelize';

/** Templates added after the first ones of the migration: [kind, Vietnamese, English]. */
const CARGO_TEMPLATES: readonly (readonly ['rejection' | 'change_request', string, string])[] = [
  [
    'rejection',
    'Thiếu giấy chứng nhận kiểm dịch thực vật cho hàng hóa có nguồn gốc thực vật.',
    'The phytosanitary certificate for the goods of plant origin is missing.',
  ],
  [
    'rejection',
    'Hàng hóa thuộc danh mục hàng cấm xuất khẩu, cấm nhập khẩu.',
    'The goods are on the list of goods banned from export or import.',
  ],
  [
    'rejection',
    'Giấy phép vận tải đường bộ qua biên giới đã hết hạn.',
    'The cross-border road transport licence has expired.',
  ],
  [
    'change_request',
    'Vui lòng bổ sung hóa đơn thương mại của lô hàng.',
    'Please attach the commercial invoice of the consignment.',
  ],
  [
    'change_request',
    'Vui lòng sửa mã HS cho đúng với hàng hóa đã khai báo.',
    'Please correct the HS code so that it matches the goods declared.',
  ],
  [
    'change_request',
    'Trọng lượng cả bì không khớp với phiếu đóng gói. Vui lòng kiểm tra và khai lại.',
    'The gross weight does not match the packing list. Please check it and declare it again.',
  ],
];

/**
 * Adds the cargo templates at the end of their kind's list. Templates have no code, so a template
 * counts as present when one of its kind has the same Vietnamese or English text, active or not:
 * one that an administrator deactivated stays deactivated. Running it twice changes nothing.
 */
export async function seedReasonTemplates(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  for (const [kind, textVi, textEn] of CARGO_TEMPLATES) {
    await sequelize.query(
      `INSERT INTO reason_templates (kind, text_vi, text_en, sort_order)
       SELECT :kind, :textVi, :textEn,
              (SELECT coalesce(max(sort_order), 0) + 1 FROM reason_templates WHERE kind = :kind)
       WHERE NOT EXISTS (
         SELECT 1 FROM reason_templates WHERE kind = :kind AND (text_vi = :textVi OR text_en = :textEn)
       )`,
      { replacements: { kind, textVi, textEn }, transaction },
    );
  }
}
