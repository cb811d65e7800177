import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** Returns the gate codes of each officer, sorted; officers without gates get an empty list. */
export async function gateCodesByOfficer(
  sequelize: Sequelize,
  officerIds: readonly string[],
  transaction?: Transaction,
): Promise<Map<string, string[]>> {
  const gates = new Map<string, string[]>(officerIds.map((id) => [id, []]));
  if (officerIds.length === 0) {
    return gates;
  }

  const rows = await sequelize.query<{ officerId: string; gateCode: string }>(
    `SELECT officer_id AS "officerId", gate_code AS "gateCode" FROM officer_gates
      WHERE officer_id IN (:officerIds) ORDER BY gate_code`,
    { replacements: { officerIds }, transaction, type: QueryTypes.SELECT },
  );
  for (const row of rows) {
    gates.get(row.officerId)?.push(row.gateCode);
  }
  return gates;
}

/** Returns the codes among `gateCodes` that name no gate. */
export async function unknownGateCodes(
  sequelize: Sequelize,
  gateCodes: readonly string[],
  transaction?: Transaction,
): Promise<string[]> {
  const rows = await sequelize.query<{ code: string }>('SELECT code FROM gates WHERE code IN (:gateCodes)', {
    replacements: { gateCodes },
    transaction,
    type: QueryTypes.SELECT,
  });
  const known = new Set(rows.map((row) => row.code));
  return gateCodes.filter((code) => !known.has(code));
}

/** Sets an officer's gates to exactly `gateCodes`. */
export async function replaceOfficerGates(
  sequelize: Sequelize,
  officerId: string,
  gateCodes: readonly string[],
  transaction: Transaction,
): Promise<void> {
  // `NOT IN ()` is invalid SQL, so an empty list removes every gate with its own statement.
  if (gateCodes.length === 0) {
    await sequelize.query('DELETE FROM officer_gates WHERE officer_id = :officerId', {
      replacements: { officerId },
      transaction,
    });
    return;
  }

  await sequelize.query(
    'DELETE FROM officer_gates WHERE officer_id = :officerId AND gate_code NOT IN (:gateCodes)',
    {
      replacements: { officerId, gateCodes },
      transaction,
    },
  );
  await sequelize.query(
    `INSERT INTO officer_gates (officer_id, gate_code)
     SELECT :officerId, code FROM unnest(ARRAY[:gateCodes]::varchar[]) AS code
     ON CONFLICT DO NOTHING`,
    { replacements: { officerId, gateCodes }, transaction },
  );
}
