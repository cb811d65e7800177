import type { Country, Gate, TravelPurpose } from '@smartgate/shared-models';
import type { Transaction } from 'sequelize';

import { CountryModel, GateModel, TravelPurposeModel } from './reference.models';

/** Leaves out a Khmer name that was never entered, so that clients fall back to English. */
function khmerName(nameKm: string | null): { nameKm?: string } {
  return nameKm ? { nameKm } : {};
}

export async function listActiveGates(): Promise<Gate[]> {
  const gates = await GateModel.findAll({ where: { active: true }, order: [['code', 'ASC']] });
  return gates.map((gate) => ({
    code: gate.code,
    nameVi: gate.nameVi,
    nameEn: gate.nameEn,
    ...khmerName(gate.nameKm),
    facingGateName: gate.facingGateName,
    ...(gate.province ? { province: gate.province } : {}),
    facingProvince: gate.facingProvince,
    facingCountry: gate.facingCountry,
    submissionOpensDaysBefore: gate.submissionOpensDaysBefore,
    cargoSubmissionLeadMinutes: gate.cargoSubmissionLeadMinutes,
  }));
}

export async function listActivePurposes(): Promise<TravelPurpose[]> {
  const purposes = await TravelPurposeModel.findAll({
    where: { active: true },
    order: [['sortOrder', 'ASC']],
  });
  return purposes.map(({ code, nameVi, nameEn, nameKm }) => ({ code, nameVi, nameEn, ...khmerName(nameKm) }));
}

export async function listCountries(): Promise<Country[]> {
  const countries = await CountryModel.findAll();
  return countries.map(({ code, nameVi, nameEn, nameKm }) => ({
    code,
    nameVi,
    nameEn,
    ...khmerName(nameKm),
  }));
}

/** Checks whether a gate accepts declarations, at submission. */
export async function isActiveGate(code: string, transaction?: Transaction): Promise<boolean> {
  return (await GateModel.count({ where: { code, active: true }, transaction })) > 0;
}

/** Finds the submission window settings of an active gate; returns null when the gate accepts no declarations. */
export async function findActiveGateWindow(
  code: string,
  transaction?: Transaction,
): Promise<{ timeZone: string; submissionOpensDaysBefore: number } | null> {
  const gate = await GateModel.findOne({
    where: { code, active: true },
    attributes: ['timeZone', 'submissionOpensDaysBefore'],
    transaction,
  });
  return gate ? { timeZone: gate.timeZone, submissionOpensDaysBefore: gate.submissionOpensDaysBefore } : null;
}

/** Finds the provinces on both sides of a gate, which border documents must be valid for; null for an unknown gate. */
export async function findGateProvinces(
  code: string,
  transaction?: Transaction,
): Promise<{ province: string | null; facingProvince: string } | null> {
  const gate = await GateModel.findOne({
    where: { code },
    attributes: ['province', 'facingProvince'],
    transaction,
  });
  return gate ? { province: gate.province, facingProvince: gate.facingProvince } : null;
}

/** Checks whether a purpose is offered, at submission. */
export async function isActivePurpose(code: string, transaction?: Transaction): Promise<boolean> {
  return (await TravelPurposeModel.count({ where: { code, active: true }, transaction })) > 0;
}

/** Checks whether a gate exists at all, active or not, because drafts may keep a gate that was later closed. */
export async function gateExists(code: string, transaction?: Transaction): Promise<boolean> {
  return (await GateModel.count({ where: { code }, transaction })) > 0;
}

/** Checks whether a purpose exists at all, active or not. */
export async function purposeExists(code: string, transaction?: Transaction): Promise<boolean> {
  return (await TravelPurposeModel.count({ where: { code }, transaction })) > 0;
}
