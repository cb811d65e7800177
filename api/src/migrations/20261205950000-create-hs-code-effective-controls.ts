import type { Migration } from '../lib/migrator';

// Administrators set a control on whichever level of the HS nomenclature it applies to, such as
// the heading 4403 (wood in the rough), but goods lines use 8-digit codes. A code therefore
// follows the strictest control among itself, its chapter (2 digits), its heading (4) and its
// subheading (6): `prohibited` beats `licence_required`. The ancestors are found by prefix, the
// way the nomenclature nests, so a level missing from the list is simply skipped.
//
// `source_code` is the code whose control applies; between two equally strict controls it is
// the broader one, where the administrator set the rule widest. Every reader of a line's control
// (the submission check, the attachment rules, screening, the HS code search) joins this view.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE VIEW hs_code_effective_controls AS
    SELECT hs.code, strictest.control, strictest.code AS source_code
      FROM hs_codes hs
      LEFT JOIN LATERAL (
        SELECT ancestor.code, ancestor.control
          FROM hs_codes ancestor
         WHERE ancestor.code IN (left(hs.code, 2), left(hs.code, 4), left(hs.code, 6), hs.code)
           AND ancestor.control IS NOT NULL
         ORDER BY ancestor.control = 'prohibited' DESC, length(ancestor.code)
         LIMIT 1
      ) strictest ON true
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query('DROP VIEW hs_code_effective_controls');
};
