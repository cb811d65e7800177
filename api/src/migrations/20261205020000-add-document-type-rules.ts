import type { Migration } from '../lib/migrator';

// Each document type carries the rules an administrator can change. The values given here are
// the first rules of the types that existed before; the seed inserts newer types with theirs.
const FIRST_RULES = [
  { code: 'passport', numberFormat: 'passport', expiryWarningMonths: 6 },
  {
    code: 'border_pass',
    maxValidityMonths: 12,
    requiresIssueDate: true,
    validProvinceRule: 'facing_province',
  },
  { code: 'border_resident_permit', requiresIssueDate: true, validProvinceRule: 'gate_provinces' },
];

export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE document_types
      ADD COLUMN number_format varchar(20) NOT NULL DEFAULT 'generic',
      ADD COLUMN expiry_warning_months integer,
      ADD COLUMN max_validity_months integer,
      ADD COLUMN requires_issue_date boolean NOT NULL DEFAULT false,
      ADD COLUMN valid_province_rule varchar(20) NOT NULL DEFAULT 'none',
      ADD COLUMN allowed_nationalities char(3)[],
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
      ADD CONSTRAINT document_types_number_format_check
        CHECK (number_format IN ('generic', 'passport', 'cccd')),
      ADD CONSTRAINT document_types_valid_province_rule_check
        CHECK (valid_province_rule IN ('none', 'facing_province', 'gate_provinces')),
      ADD CONSTRAINT document_types_expiry_warning_months_check
        CHECK (expiry_warning_months BETWEEN 1 AND 120),
      ADD CONSTRAINT document_types_max_validity_months_check
        CHECK (max_validity_months BETWEEN 1 AND 120),
      ADD CONSTRAINT document_types_validity_needs_issue_date_check
        CHECK (max_validity_months IS NULL OR requires_issue_date)
  `);

  for (const rules of FIRST_RULES) {
    await queryInterface.sequelize.query(
      `UPDATE document_types
       SET number_format = :numberFormat, expiry_warning_months = :expiryWarningMonths,
           max_validity_months = :maxValidityMonths, requires_issue_date = :requiresIssueDate,
           valid_province_rule = :validProvinceRule
       WHERE code = :code`,
      {
        replacements: {
          numberFormat: 'generic',
          expiryWarningMonths: null,
          maxValidityMonths: null,
          requiresIssueDate: false,
          validProvinceRule: 'none',
          ...rules,
        },
      },
    );
  }
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    ALTER TABLE document_types
      DROP COLUMN number_format,
      DROP COLUMN expiry_warning_months,
      DROP COLUMN max_validity_months,
      DROP COLUMN requires_issue_date,
      DROP COLUMN valid_province_rule,
      DROP COLUMN allowed_nationalities,
      DROP COLUMN updated_at
  `);
};
