import { DataTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Folding decomposes characters (NFD), so a folded name can be longer than the name itself:
// each Hangul syllable becomes two or three letters. The folded name therefore has no limit of
// its own; the 100-character limit applies to `full_name`.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.changeColumn('declaration_travellers', 'full_name_folded', { type: DataTypes.TEXT });
};

export const down: Migration = async ({ context: queryInterface }) => {
  // Cuts folded names that grew past 100 characters, so the old type fits again.
  await queryInterface.sequelize.query(`
    ALTER TABLE declaration_travellers
      ALTER COLUMN full_name_folded TYPE varchar(100) USING left(full_name_folded, 100)
  `);
};
