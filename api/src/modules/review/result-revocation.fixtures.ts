import type { DeclarationView, OfficerProfile } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { renderResult } from '../../jobs/render-result/render-result.processor';
import { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { createOfficer, signedInOfficer, submittedDeclaration } from '../../test/factories';
import { signInOfficer } from '../../test/officer-sign-in';
import { testEnvironment } from '../../test/test-environment';

/** Path of the officers' declaration routes. */
export const REVIEW = '/api/officer/declarations';

/** Signs in a new officer of the given role. */
export async function officerWithRole(
  role: OfficerProfile['role'],
  language?: string,
): Promise<{ client: ApiClient; id: string }> {
  const client = await ApiClient.create({ language });
  const officer = await createOfficer({ role });
  await signInOfficer(client, officer);
  const { id } = officer;
  return { client, id };
}

/** Reads the stored result of a declaration, with its revocation columns. */
export async function resultRow(declarationId: string) {
  const [row] = await testEnvironment().sequelize.query<{
    id: string;
    token: string;
    status: string;
    revokedBy: string | null;
    revocationReason: string | null;
  }>(
    `SELECT id, token, status, revoked_by AS "revokedBy", revocation_reason AS "revocationReason"
     FROM results WHERE declaration_id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return row;
}

/** Submits, approves and renders a declaration of the applicant, so its result is issued. */
export async function issuedDeclaration(applicant: ApiClient): Promise<DeclarationView> {
  const { config, logger, sequelize } = testEnvironment();
  const { client: reviewer } = await signedInOfficer();
  const submitted = await submittedDeclaration(applicant);
  await assignToSelf(reviewer, submitted);
  await reviewer.post(`${REVIEW}/${submitted.id}/approve`, { version: submitted.version }).expect(200);

  const result = await resultRow(submitted.id);
  await renderResult({ config, logger, sequelize }, { resultId: result.id, version: 1 });
  return (await applicant.get(`/api/applicant/declarations/${submitted.id}`).expect(200))
    .body as DeclarationView;
}
