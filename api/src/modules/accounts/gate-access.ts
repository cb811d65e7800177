import { Op, type WhereOptions } from 'sequelize';

import type { OfficerPrincipal } from '../../lib/principal';

/**
 * Limits a declaration query to the officer's gates. Every officer read or change of a
 * declaration adds it, so a record of another gate reads as not found (404), exactly like a
 * record that does not exist. An officer without gates matches nothing.
 */
export function officerGateScope(officer: Pick<OfficerPrincipal, 'gateCodes'>): WhereOptions {
  return { gateCode: { [Op.in]: officer.gateCodes } };
}
