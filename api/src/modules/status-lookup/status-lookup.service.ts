import {
  PublicDeclarationStatus,
  type DeclarationStatusAnswer,
  type DeclarationStatusLookup,
} from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { NotFoundError } from '../../lib/errors';
import { findDeclarationStatus, recordStatusLookup, type StatusLookupRow } from './status-lookup.repository';

/** Maps a declaration's status to the public one, or null for a draft, which has no public status. */
function publicStatus(row: StatusLookupRow): PublicDeclarationStatus | null {
  if (row.status === 'issued' && row.resultRevoked) {
    return 'result_revoked';
  }
  const parsed = PublicDeclarationStatus.safeParse(row.status);
  return parsed.success ? parsed.data : null;
}

/**
 * Looks up the public status, gate, direction and planned crossing date of the
 * declaration whose reference code and lead traveller's date of birth match. Anything else is
 * 404, the same for an unknown code and a wrong date of birth. Every lookup is counted.
 */
export async function lookUpDeclarationStatus(
  sequelize: Sequelize,
  lookup: DeclarationStatusLookup,
): Promise<DeclarationStatusAnswer> {
  const row = await findDeclarationStatus(sequelize, lookup);
  const status = row ? publicStatus(row) : null;

  await recordStatusLookup(sequelize, row && status ? 'found' : 'not_found');
  if (!row || !status) {
    throw new NotFoundError('declarationStatusNotFound');
  }

  return {
    referenceCode: row.referenceCode,
    status,
    gate: {
      code: row.gateCode,
      nameVi: row.gateNameVi,
      nameEn: row.gateNameEn,
      ...(row.gateNameKm ? { nameKm: row.gateNameKm } : {}),
    },
    direction: row.direction,
    plannedCrossingDate: row.plannedCrossingDate,
  };
}
