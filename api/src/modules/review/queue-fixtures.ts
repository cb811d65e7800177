import type { CrossingDeclarationDraft, DeclarationView, OfficerRole } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { completeDraft, signedInOfficer, submittedDeclaration, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

export const REVIEW = '/api/officer/declarations';
export const SEARCH = '/api/officer/declarations/search';

/**
 * Inserts a gate of the spec's own, once per run. Declarations of that gate are the only ones
 * its officers see, so counts and pages stay the same whatever other specs create.
 */
export async function ensureSpecGate(code: string): Promise<void> {
  await testEnvironment().sequelize.query(
    `INSERT INTO gates (code, name_vi, name_en, facing_gate_name, facing_province, facing_country)
     VALUES ($1, 'Cửa khẩu thử nghiệm', 'Spec gate', 'Spec facing gate', 'Spec province', 'KHM')
     ON CONFLICT (code) DO NOTHING`,
    { bind: [code] },
  );
}

/** Signs in a new officer of the role who belongs to the given gates only. */
export async function gateOfficer(
  gateCodes: string[],
  role: OfficerRole = 'reviewer',
): Promise<{ client: ApiClient; id: string }> {
  const { client, officer } = await signedInOfficer(undefined, { role, gateCodes });
  return { client, id: officer.id };
}

/** Submits a declaration of the gate whose travellers have the given names and nationalities. */
export async function submitAtGate(
  applicant: ApiClient,
  gateCode: string,
  travellers: { fullName: string; nationality?: string; documentNumber?: string }[],
  overrides: Partial<CrossingDeclarationDraft> = {},
): Promise<DeclarationView> {
  const draft = completeDraft({
    gateCode,
    plannedCrossingDate: daysFromToday(2),
    travellers: travellers.map((traveller, index) =>
      travellerInput({ documentNumber: `Q${String(Date.now()).slice(-6)}${index}`, ...traveller }),
    ),
    ...overrides,
  });
  return submittedDeclaration(applicant, draft);
}
