import type { CargoAttachment } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { signedInOfficer } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { ensureSpecGate } from '../review/queue-fixtures';
import { PDF_BYTES } from '../traveller-photos/photo-fixtures';
import {
  attachmentsUrl,
  cargoDeclaration,
  cargoMember,
  fetchBytes,
  uploadAttachment,
} from './cargo-attachment.fixtures';

/** A gate of this spec's own, so that its officers see none of the other specs' declarations. */
const OTHER_GATE = 'ATX';

interface AuditRow {
  actorId: string;
  action: string;
  details: { attachmentId: string; attachmentType: string };
}

async function attachmentViews(declarationId: string): Promise<AuditRow[]> {
  return testEnvironment().sequelize.query<AuditRow>(
    `SELECT actor_id AS "actorId", action, details FROM audit_log
      WHERE declaration_id = :declarationId AND action = 'cargo.attachment.viewed'`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
}

function officerUrl(declarationId: string, attachmentId: string): string {
  return `/api/officer/declarations/${declarationId}/attachments/${attachmentId}`;
}

/** Uploads an invoice to a draft, then marks the declaration submitted, as the cargo submission would. */
async function submittedWithInvoice(): Promise<{ declarationId: string; attachment: CargoAttachment }> {
  const member = await cargoMember();
  const declarationId = await cargoDeclaration(member);
  const uploaded = await uploadAttachment(
    member.client,
    attachmentsUrl(member, declarationId),
    PDF_BYTES,
  ).expect(201);
  await testEnvironment().sequelize.query(
    "UPDATE declarations SET status = 'submitted', submitted_at = now() WHERE id = :id",
    { replacements: { id: declarationId } },
  );
  return { declarationId, attachment: uploaded.body as CargoAttachment };
}

describe('officer view of cargo attachments', () => {
  beforeAll(async () => {
    await ensureSpecGate(OTHER_GATE);
  });

  it('sends the file to an officer of the gate and audits the view', async () => {
    const { declarationId, attachment } = await submittedWithInvoice();
    const { client, officer } = await signedInOfficer('en', { gateCodes: ['LT'] });

    const response = await fetchBytes(client, officerUrl(declarationId, attachment.id)).expect(200);

    expect(response.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(response.body as Buffer, PDF_BYTES)).toBe(0);
    const views = await attachmentViews(declarationId);
    expect(views.length).toBe(1);
    expect(views[0].actorId).toBe(officer.id);
    expect(views[0].details.attachmentId).toBe(attachment.id);
    expect(views[0].details.attachmentType).toBe('commercial_invoice');
  });

  it('hides the file from an officer of another gate', async () => {
    const { declarationId, attachment } = await submittedWithInvoice();
    const { client } = await signedInOfficer('en', { gateCodes: [OTHER_GATE] });

    await fetchBytes(client, officerUrl(declarationId, attachment.id)).expect(404);

    expect(await attachmentViews(declarationId)).toEqual([]);
  });

  it('hides the files of a draft from officers', async () => {
    const member = await cargoMember();
    const declarationId = await cargoDeclaration(member);
    const uploaded = await uploadAttachment(
      member.client,
      attachmentsUrl(member, declarationId),
      PDF_BYTES,
    ).expect(201);
    const { client } = await signedInOfficer('en', { gateCodes: ['LT'] });

    await fetchBytes(client, officerUrl(declarationId, (uploaded.body as CargoAttachment).id)).expect(404);
  });

  it('answers an unknown attachment with 404', async () => {
    const { declarationId } = await submittedWithInvoice();
    const { client } = await signedInOfficer('en', { gateCodes: ['LT'] });

    await fetchBytes(client, officerUrl(declarationId, '00000000-0000-4000-8000-000000000000')).expect(404);
    await fetchBytes(client, officerUrl(declarationId, 'not-a-uuid')).expect(404);
  });

  it('rejects an applicant on the officer route', async () => {
    const { declarationId, attachment } = await submittedWithInvoice();
    const member = await cargoMember();

    await fetchBytes(member.client, officerUrl(declarationId, attachment.id)).expect(401);
  });
});
