import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/**
 * Lanes of Lệ Thanh as a starting point: one lane each way for travellers and one each way for
 * vehicles. NOTE: the real lane layout of the station is not known here, so administrators
 * are expected to edit these rows.
 */
const LANES = [
  { gateCode: 'LT', code: '1', nameVi: 'Làn 1 – nhập cảnh', nameEn: 'Lane 1 – entry', direction: 'entry' },
  { gateCode: 'LT', code: '2', nameVi: 'Làn 2 – xuất cảnh', nameEn: 'Lane 2 – exit', direction: 'exit' },
  {
    gateCode: 'LT',
    code: 'X1',
    nameVi: 'Làn xe 1 – nhập cảnh',
    nameEn: 'Vehicle lane 1 – entry',
    direction: 'entry',
  },
  {
    gateCode: 'LT',
    code: 'X2',
    nameVi: 'Làn xe 2 – xuất cảnh',
    nameEn: 'Vehicle lane 2 – exit',
    direction: 'exit',
  },
];

/** Inserts the starting lanes of a gate that has no lanes yet, so lanes an administrator changed stay as they are. */
export async function seedGateLanes(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  const gateCodes = [...new Set(LANES.map((lane) => lane.gateCode))];
  const laneless = await sequelize.query<{ code: string }>(
    `SELECT g.code FROM gates g
     WHERE g.code IN (:gateCodes) AND NOT EXISTS (SELECT 1 FROM gate_lanes l WHERE l.gate_code = g.code)`,
    { replacements: { gateCodes }, transaction, type: QueryTypes.SELECT },
  );
  const seeded = new Set(laneless.map((gate) => gate.code));

  for (const [index, lane] of LANES.entries()) {
    if (!seeded.has(lane.gateCode)) {
      continue;
    }
    await sequelize.query(
      `INSERT INTO gate_lanes (gate_code, code, name_vi, name_en, direction, sort_order)
       VALUES (:gateCode, :code, :nameVi, :nameEn, :direction, :sortOrder)`,
      { replacements: { ...lane, sortOrder: index }, transaction },
    );
  }
}
