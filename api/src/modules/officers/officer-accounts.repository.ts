import type { OfficerAccount } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { OfficerModel } from '../accounts/accounts.models';
import { gateCodesByOfficer } from '../accounts/officer-gates.repository';

function toOfficerAccount(officer: OfficerModel, gateCodes: string[]): OfficerAccount {
  const locked =
    officer.lockedUntil && officer.lockedUntil.getTime() > Date.now() ? officer.lockedUntil : null;
  return {
    id: officer.id,
    username: officer.username,
    fullName: officer.fullName,
    role: officer.role,
    gateCodes,
    active: officer.active,
    totpEnrolled: officer.totpSecretEncrypted !== null,
    passwordChangeRequired: officer.passwordChangeRequired,
    lockedUntil: locked ? locked.toISOString() : null,
    lastSignInAt: officer.lastSignInAt ? officer.lastSignInAt.toISOString() : null,
    createdAt: officer.createdAt.toISOString(),
  };
}

/** Lists every officer as administrators see them, by username. */
export async function listOfficerAccounts(sequelize: Sequelize): Promise<OfficerAccount[]> {
  const officers = await OfficerModel.findAll({ order: [['username', 'ASC']] });
  const gates = await gateCodesByOfficer(
    sequelize,
    officers.map((officer) => officer.id),
  );
  return officers.map((officer) => toOfficerAccount(officer, gates.get(officer.id) ?? []));
}

/** Loads one officer as administrators see them, or null when the id names none. */
export async function findOfficerAccount(
  sequelize: Sequelize,
  officerId: string,
  transaction?: Transaction,
): Promise<OfficerAccount | null> {
  const officer = await OfficerModel.findByPk(officerId, { transaction });
  if (!officer) {
    return null;
  }
  const gates = await gateCodesByOfficer(sequelize, [officer.id], transaction);
  return toOfficerAccount(officer, gates.get(officer.id) ?? []);
}
