import type { DeclarationStatusAnswer, DeclarationView } from '@smartgate/shared-models';

import { ApiClient } from '../../test/api-client';
import { testEnvironment } from '../../test/test-environment';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInOfficer } from '../../test/factories';
import { cargoMember, type CargoMember } from '../cargo-attachments/cargo-attachment.fixtures';
import { findDeclarationNotice } from '../notifications/declaration-notice.repository';
import { submissionNotice } from '../notifications/submission-notice';
import { attachDocuments, cargoUrl, createdCargoDraft, npkExport } from './cargo-declaration.fixtures';

const REVIEW = '/api/officer/declarations';

/** Files, documents and submits the NPK export as the member. */
async function submittedExport(member: CargoMember): Promise<DeclarationView> {
  const draft = await createdCargoDraft(member);
  await attachDocuments(member, draft.id, ['commercial_invoice', 'packing_list']);
  const { version } = (await member.client.get(cargoUrl(member, draft.id)).expect(200))
    .body as DeclarationView;
  const response = await member.client.post(cargoUrl(member, draft.id, 'submit'), { version }).expect(200);
  return response.body as DeclarationView;
}

describe('cargo declarations at review', () => {
  let member: CargoMember;
  let officer: ApiClient;

  beforeEach(async () => {
    member = await cargoMember('en');
    ({ client: officer } = await signedInOfficer('en'));
  });

  it('shows the officer the consignment with its goods, totals, business and attachments', async () => {
    const submitted = await submittedExport(member);

    const response = await officer.get(`${REVIEW}/${submitted.id}`).expect(200);

    const view = response.body as DeclarationView;
    expect(view.kind).toBe('cargo');
    expect(view.cargo?.business?.id).toBe(member.businessId);
    expect(view.cargo?.goodsLines[0]).toEqual(
      jasmine.objectContaining({ hsCode: '31052000', quantity: '600' }),
    );
    expect(view.cargo?.totals.netWeightTonnes).toBe('30');
    expect(view.cargo?.attachments.map((attachment) => attachment.type).sort()).toEqual([
      'commercial_invoice',
      'packing_list',
    ]);
    expect(view.data.travellers[0].fullName).toBe('Rơ Mah Hlim');
  });

  it('lets the officer ask for changes on a goods line, which the member then sees', async () => {
    const submitted = await submittedExport(member);
    await assignToSelf(officer, submitted);

    await officer
      .post(`${REVIEW}/${submitted.id}/request-changes`, {
        version: submitted.version,
        comment: 'Vui lòng kiểm tra lại hàng hóa.',
        fieldComments: [
          { field: 'goodsLines.0.grossWeightKg', comment: 'Trọng lượng cả bì không khớp phiếu cân.' },
        ],
      })
      .expect(200);

    const view = (await member.client.get(cargoUrl(member, submitted.id)).expect(200))
      .body as DeclarationView;
    expect(view.status).toBe('changes_requested');
    expect(view.changeRequest?.fieldComments.map((comment) => comment.field)).toEqual([
      'goodsLines.0.grossWeightKg',
    ]);
  });

  it('refuses a comment on a goods line the declaration does not have', async () => {
    const submitted = await submittedExport(member);
    await assignToSelf(officer, submitted);

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/request-changes`, {
        version: submitted.version,
        comment: 'Vui lòng kiểm tra lại.',
        fieldComments: [{ field: 'goodsLines.5.hsCode', comment: 'Sai mã.' }],
      })
      .expect(422);

    expect(response.body.errors[0].code).toBe('unknownDeclarationField');
  });

  it('answers the public status lookup by reference code and the driver’s date of birth', async () => {
    const submitted = await submittedExport(member);
    const client = await ApiClient.create();

    const response = await client
      .post('/api/public/declaration-status', {
        referenceCode: submitted.referenceCode,
        leadDateOfBirth: submitted.data.travellers[0].dateOfBirth,
      })
      .expect(200);

    const answer = response.body as DeclarationStatusAnswer;
    expect(answer.status).toBe('submitted');
    expect(answer.direction).toBe('exit');
  });

  it('links the submission e-mail to the company’s cargo page', async () => {
    const submitted = await submittedExport(member);

    const notice = await findDeclarationNotice(testEnvironment().sequelize, submitted.id);
    const mail = submissionNotice(notice!, 'https://smartgate.example');

    expect(mail.text).toContain(
      `https://smartgate.example/business/${member.businessId}/cargo/${submitted.id}`,
    );
    expect(mail.text).toContain(submitted.referenceCode!);
  });

  it('lists cargo in the review queue under the cargo kind', async () => {
    const submitted = await submittedExport(member);

    const response = await officer.get(`${REVIEW}?queue=all&declarationKind=cargo&pageSize=100`).expect(200);

    const ids = (response.body as { items: { id: string; kind: string }[] }).items.map((item) => item.id);
    expect(ids).toContain(submitted.id);
  });

  it('keeps the draft as it was when a submission fails', async () => {
    const draft = await createdCargoDraft(member, npkExport({ goodsLines: [] }));

    await member.client.post(cargoUrl(member, draft.id, 'submit'), { version: draft.version }).expect(422);

    const after = (await member.client.get(cargoUrl(member, draft.id)).expect(200)).body as DeclarationView;
    expect(after.version).toBe(draft.version);
    expect(after.status).toBe('draft');
  });
});
