import { randomBytes } from 'node:crypto';

import { encodeReferenceRandomPart, formatReferenceCode } from '@smartgate/shared-models';
import { DataTypes, QueryTypes } from 'sequelize';

import type { Migration } from '../lib/migrator';

// Every submitted declaration carries a short reference code that travellers type in the public
// status lookup. Drafts get theirs at submission, so the column stays nullable. Declarations
// submitted before this migration get a code here, so every one that reached the gate has one.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.addColumn('declarations', 'reference_code', {
    type: DataTypes.STRING(24),
    allowNull: true,
  });
  await queryInterface.addIndex('declarations', ['reference_code'], {
    unique: true,
    name: 'declarations_reference_code_unique',
  });

  const sentToGate = await queryInterface.sequelize.query<{ id: string; gateCode: string }>(
    `SELECT id, gate_code AS "gateCode" FROM declarations
     WHERE submitted_at IS NOT NULL AND gate_code IS NOT NULL AND reference_code IS NULL`,
    { type: QueryTypes.SELECT },
  );
  const used = new Set<string>();
  for (const declaration of sentToGate) {
    let code = formatReferenceCode(declaration.gateCode, encodeReferenceRandomPart(randomBytes(5)));
    while (used.has(code)) {
      code = formatReferenceCode(declaration.gateCode, encodeReferenceRandomPart(randomBytes(5)));
    }
    used.add(code);
    await queryInterface.sequelize.query(`UPDATE declarations SET reference_code = :code WHERE id = :id`, {
      replacements: { code, id: declaration.id },
    });
  }
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.removeColumn('declarations', 'reference_code');
};
