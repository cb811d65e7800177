import type { DeclarationView, ReasonTemplate } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import {
  applicantRegistration,
  signedInApplicant,
  signedInOfficer,
  submittedDeclaration,
} from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';

const ADMIN = '/api/officer/admin/reason-templates';
const OFFERED = '/api/officer/reason-templates';
const REVIEW = '/api/officer/declarations';

async function auditActions(officerId: string): Promise<string[]> {
  const rows = await testEnvironment().sequelize.query<{ action: string }>(
    "SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE 'reason_template.%' ORDER BY id",
    { bind: [officerId], type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.action);
}

describe('reason templates', () => {
  let administrator: { client: ApiClient; id: string };

  async function createTemplate(reasonKind: string, textVi: string, textEn: string): Promise<ReasonTemplate> {
    const response = await administrator.client.post(ADMIN, { reasonKind, textVi, textEn }).expect(201);
    return response.body as ReasonTemplate;
  }

  beforeEach(async () => {
    const signedIn = await signedInOfficer('en', { role: 'administrator' });
    administrator = { client: signedIn.client, id: signedIn.officer.id };
  });

  it('offers the seeded templates to reviewers', async () => {
    const { client: reviewer } = await signedInOfficer();

    const rejection = await reviewer.get(`${OFFERED}?reasonKind=rejection`).expect(200);
    const changes = await reviewer.get(`${OFFERED}?reasonKind=change_request`).expect(200);

    const rejectionTemplates = rejection.body as ReasonTemplate[];
    expect(rejectionTemplates.length).toBeGreaterThanOrEqual(5);
    expect(rejectionTemplates.every((template) => template.reasonKind === 'rejection')).toBeTrue();
    expect(rejectionTemplates.every((template) => template.active)).toBeTrue();
    const orders = rejectionTemplates.map((template) => template.sortOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(
      (changes.body as ReasonTemplate[]).some((template) => template.textVi.includes('Ảnh chân dung')),
    ).toBeTrue();
  });

  it('adds a template at the end and audits it', async () => {
    const before = (await administrator.client.get(ADMIN).expect(200)).body as ReasonTemplate[];

    const created = await createTemplate('rejection', '  Hồ sơ trùng lặp.  ', 'Duplicate declaration.');

    const lastOrder = Math.max(
      ...before
        .filter((template) => template.reasonKind === 'rejection')
        .map((template) => template.sortOrder),
    );
    expect(created.textVi).toBe('Hồ sơ trùng lặp.');
    expect(created.sortOrder).toBe(lastOrder + 1);
    expect(created.active).toBeTrue();
    expect(await auditActions(administrator.id)).toEqual(['reason_template.created']);
  });

  it('stops offering a deactivated template', async () => {
    const created = await createTemplate('rejection', 'Mẫu sẽ ngừng dùng.', 'Template to retire.');

    const updated = await administrator.client
      .put(`${ADMIN}/${created.id}`, {
        version: created.version,
        textVi: 'Mẫu cũ.',
        textEn: 'Old.',
        active: false,
      })
      .expect(200);

    expect(updated.body).toEqual(jasmine.objectContaining({ active: false, textVi: 'Mẫu cũ.', version: 2 }));
    const offered = (await administrator.client.get(`${OFFERED}?reasonKind=rejection`).expect(200))
      .body as ReasonTemplate[];
    expect(offered.map((template) => template.id)).not.toContain(created.id);
    expect(await auditActions(administrator.id)).toEqual([
      'reason_template.created',
      'reason_template.updated',
    ]);
  });

  it('rejects an edit at a stale version', async () => {
    const created = await createTemplate('rejection', 'Mẫu A.', 'Template A.');
    const edit = { version: created.version, textVi: 'Mẫu B.', textEn: 'Template B.', active: true };
    await administrator.client.put(`${ADMIN}/${created.id}`, edit).expect(200);

    const response = await administrator.client.put(`${ADMIN}/${created.id}`, edit).expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
  });

  function orderOf(templates: readonly ReasonTemplate[]): { id: string; version: number }[] {
    return templates.map(({ id, version }) => ({ id, version }));
  }

  async function templatesOf(reasonKind: string): Promise<ReasonTemplate[]> {
    const all = (await administrator.client.get(ADMIN).expect(200)).body as ReasonTemplate[];
    return all.filter((template) => template.reasonKind === reasonKind);
  }

  it('reorders the templates of a kind', async () => {
    await createTemplate('change_request', 'Mẫu thứ tự.', 'Order template.');
    const reversed = (await templatesOf('change_request')).reverse();

    const response = await administrator.client
      .put(`${ADMIN}/order`, { reasonKind: 'change_request', templates: orderOf(reversed) })
      .expect(200);

    const after = (response.body as ReasonTemplate[]).filter(
      (template) => template.reasonKind === 'change_request',
    );
    expect(after.map((template) => template.id)).toEqual(reversed.map((template) => template.id));
    expect(after.map((template) => template.sortOrder)).toEqual(
      reversed.map((_template, index) => index + 1),
    );
  });

  it('rejects an incomplete or repeated order', async () => {
    const templates = orderOf(await templatesOf('rejection'));

    const missing = await administrator.client
      .put(`${ADMIN}/order`, { reasonKind: 'rejection', templates: templates.slice(1) })
      .expect(409);
    const repeated = await administrator.client
      .put(`${ADMIN}/order`, { reasonKind: 'rejection', templates: [templates[0], ...templates] })
      .expect(400);

    expect(missing.body.type).toBe('/api/problems/version-conflict');
    expect(repeated.body.errors[0]).toEqual(jasmine.objectContaining({ path: 'templates', code: 'invalid' }));
  });

  it('lets only one of two concurrent orders made from the same list win', async () => {
    await createTemplate('rejection', 'Mẫu song song.', 'Concurrent template.');
    const seen = orderOf(await templatesOf('rejection'));
    const { client: otherAdministrator } = await signedInOfficer('en', { role: 'administrator' });

    const responses = await Promise.all([
      administrator.client.put(`${ADMIN}/order`, { reasonKind: 'rejection', templates: [...seen].reverse() }),
      otherAdministrator.put(`${ADMIN}/order`, {
        reasonKind: 'rejection',
        templates: [...seen.slice(1), seen[0]],
      }),
    ]);

    const statuses = responses.map((response) => response.status);
    expect(statuses).toEqual(jasmine.arrayWithExactContents([200, 409]));
    const conflict = responses.find((response) => response.status === 409);
    expect(conflict?.body.type).toBe('/api/problems/version-conflict');
    const winner = responses.find((response) => response.status === 200);
    const winnerOrder = (winner?.body as ReasonTemplate[])
      .filter((template) => template.reasonKind === 'rejection')
      .map((template) => template.id);
    expect((await templatesOf('rejection')).map((template) => template.id)).toEqual(winnerOrder);
  });

  it('refuses an order made before a template was edited', async () => {
    const seen = await templatesOf('rejection');
    const edited = seen[0];
    await administrator.client
      .put(`${ADMIN}/${edited.id}`, {
        version: edited.version,
        textVi: 'Mẫu đã sửa.',
        textEn: 'Edited.',
        active: true,
      })
      .expect(200);

    const response = await administrator.client
      .put(`${ADMIN}/order`, { reasonKind: 'rejection', templates: orderOf(seen).reverse() })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
  });

  it('names each invalid field of a new template', async () => {
    const response = await administrator.client
      .post(ADMIN, { reasonKind: 'warning', textVi: ' ', textEn: 'x'.repeat(301) })
      .expect(400);

    const issues = response.body.errors.map(
      (error: { path: string; code: string }) => `${error.path}:${error.code}`,
    );
    expect(issues).toEqual(
      jasmine.arrayWithExactContents(['reasonKind:invalidOption', 'textVi:required', 'textEn:tooLong']),
    );
    expect(response.body.errors[0].message).toBeTruthy();
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const edit = { version: 1, textVi: 'A.', textEn: 'A.', active: true };

    await administrator.client.put(`${ADMIN}/6f1c7c36-3f0e-4d0c-9d55-000000000000`, edit).expect(404);
    await administrator.client.put(`${ADMIN}/not-an-id`, edit).expect(404);
  });

  it('keeps reviewers and supervisors out of the administration routes', async () => {
    for (const role of ['reviewer', 'supervisor'] as const) {
      const { client } = await signedInOfficer('en', { role });

      const list = await client.get(ADMIN).expect(403);
      await client.post(ADMIN, { reasonKind: 'rejection', textVi: 'A.', textEn: 'A.' }).expect(403);
      await client.put(`${ADMIN}/order`, { reasonKind: 'rejection', templates: [] }).expect(403);

      expect(list.body.type).withContext(role).toBe('/api/problems/forbidden');
    }
  });

  it('keeps gate officers and applicants from the offered list', async () => {
    const { client: gateOfficer } = await signedInOfficer('en', { role: 'gate_officer' });
    const { client: applicant } = await signedInApplicant();

    await gateOfficer.get(`${OFFERED}?reasonKind=rejection`).expect(403);
    await applicant.get(`${OFFERED}?reasonKind=rejection`).expect(401);
    await applicant.get(ADMIN).expect(401);
  });

  it('requires the reason kind of the offered list', async () => {
    const response = await administrator.client.get(OFFERED).expect(400);

    expect(response.body.errors[0]).toEqual(jasmine.objectContaining({ path: 'reasonKind' }));
  });
});

describe('decisions with reason templates', () => {
  let officer: ApiClient;
  let administrator: ApiClient;

  async function applicantReading(language: 'vi' | 'en'): Promise<ApiClient> {
    const client = await ApiClient.create();
    await client
      .post('/api/applicant/register', applicantRegistration({ preferredLanguage: language }))
      .expect(201);
    return client;
  }

  async function heldDeclaration(applicant: ApiClient): Promise<DeclarationView> {
    const submitted = await submittedDeclaration(applicant);
    await assignToSelf(officer, submitted);
    return submitted;
  }

  async function template(reasonKind: string, textVi: string, textEn: string): Promise<ReasonTemplate> {
    return (
      await administrator
        .post('/api/officer/admin/reason-templates', { reasonKind, textVi, textEn })
        .expect(201)
    ).body as ReasonTemplate;
  }

  beforeEach(async () => {
    ({ client: officer } = await signedInOfficer('en'));
    ({ client: administrator } = await signedInOfficer('en', { role: 'administrator' }));
  });

  it('rejects with the template in the applicant language plus free text', async () => {
    const picked = await template('rejection', 'Ảnh giấy tờ bị mờ.', 'The document photo is blurred.');
    const applicant = await applicantReading('en');
    const submitted = await heldDeclaration(applicant);

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/reject`, {
        version: submitted.version,
        templateId: picked.id,
        reason: 'Trang 2 không đọc được.',
      })
      .expect(200);

    expect(response.body.rejectionReason).toBe('The document photo is blurred. Trang 2 không đọc được.');
    const [row] = await testEnvironment().sequelize.query<{ templateId: string }>(
      'SELECT rejection_template_id AS "templateId" FROM declarations WHERE id = $1',
      { bind: [submitted.id], type: QueryTypes.SELECT },
    );
    expect(row.templateId).toBe(picked.id);
  });

  it('rejects with the Vietnamese template text alone', async () => {
    const picked = await template('rejection', 'Sai cửa khẩu.', 'Wrong border gate.');
    const applicant = await applicantReading('vi');
    const submitted = await heldDeclaration(applicant);

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/reject`, { version: submitted.version, templateId: picked.id })
      .expect(200);

    expect(response.body.rejectionReason).toBe('Sai cửa khẩu.');
  });

  it('rejects an inactive or other-kind template', async () => {
    const changeTemplate = await template('change_request', 'Chụp lại ảnh.', 'Take the photo again.');
    const retired = await template('rejection', 'Mẫu đã bỏ.', 'Retired template.');
    await administrator
      .put(`/api/officer/admin/reason-templates/${retired.id}`, {
        version: retired.version,
        textVi: retired.textVi,
        textEn: retired.textEn,
        active: false,
      })
      .expect(200);
    const submitted = await heldDeclaration(await applicantReading('vi'));

    for (const templateId of [changeTemplate.id, retired.id]) {
      const response = await officer
        .post(`${REVIEW}/${submitted.id}/reject`, { version: submitted.version, templateId })
        .expect(422);
      expect(response.body.errors).toEqual([
        jasmine.objectContaining({ path: 'templateId', code: 'invalidOption' }),
      ]);
    }
    const view = await officer.get(`${REVIEW}/${submitted.id}`).expect(200);
    expect(view.body.status).toBe('submitted');
  });

  it('ties a templated change request to its field', async () => {
    const picked = await template('change_request', 'Số giấy tờ sai.', 'The document number is wrong.');
    const applicant = await applicantReading('en');
    const submitted = await heldDeclaration(applicant);

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/request-changes`, {
        version: submitted.version,
        fieldComments: [
          { field: 'travellers.0.documentNumber', templateId: picked.id, comment: 'Thiếu một chữ số.' },
        ],
      })
      .expect(200);

    const view = response.body as DeclarationView;
    expect(view.changeRequest?.fieldComments).toEqual([
      { field: 'travellers.0.documentNumber', comment: 'The document number is wrong. Thiếu một chữ số.' },
    ]);
    const rows = await testEnvironment().sequelize.query<{ templateId: string }>(
      `SELECT f.reason_template_id AS "templateId"
         FROM change_request_fields f JOIN change_requests r ON r.id = f.change_request_id
        WHERE r.declaration_id = $1`,
      { bind: [submitted.id], type: QueryTypes.SELECT },
    );
    expect(rows).toEqual([{ templateId: picked.id }]);
  });

  it('names the field comment whose template is invalid', async () => {
    const rejectionTemplate = await template('rejection', 'Không hợp lệ.', 'Not valid.');
    const submitted = await heldDeclaration(await applicantReading('vi'));

    const response = await officer
      .post(`${REVIEW}/${submitted.id}/request-changes`, {
        version: submitted.version,
        fieldComments: [{ field: 'sex', templateId: rejectionTemplate.id }],
      })
      .expect(422);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'fieldComments.0.templateId', code: 'invalidOption' }),
    ]);
  });
});
