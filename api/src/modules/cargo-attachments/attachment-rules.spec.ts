import type { AttachmentRule, AttachmentRuleInput, Problem } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { signedInOfficer } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { PDF_BYTES } from '../traveller-photos/photo-fixtures';
import {
  attachmentsUrl,
  cargoDeclaration,
  cargoMember,
  ensureGoodsReference,
  uploadAttachment,
} from './cargo-attachment.fixtures';
import {
  applicableAttachmentTypes,
  requiredAttachmentTypes,
  type AttachmentRuleConditions,
} from './attachment-rules';

const ADMIN_RULES = '/api/officer/reference/attachment-rules';

/** Dried cassava chips (chapter 07) and NPK fertilizer (chapter 31). */
const CASSAVA = '07141011';
const FERTILIZER = '31052000';

function rule(overrides: Partial<AttachmentRuleConditions>): AttachmentRuleConditions {
  return {
    attachmentType: 'other',
    direction: null,
    hsChapterFrom: null,
    hsChapterTo: null,
    hsControl: null,
    ...overrides,
  };
}

function newRule(overrides: Partial<AttachmentRuleInput> = {}): AttachmentRuleInput {
  return {
    attachmentType: 'certificate_of_origin_form_d',
    direction: 'exit',
    hsChapterFrom: '31',
    hsChapterTo: '31',
    hsControl: null,
    active: true,
    noteVi: 'Phân bón xuất khẩu cần C/O mẫu D.',
    noteEn: 'Fertilizer exports need a Form D certificate of origin.',
    ...overrides,
  };
}

describe('attachment rules', () => {
  beforeAll(async () => {
    await ensureGoodsReference();
  });

  describe('applicableAttachmentTypes', () => {
    it('applies a chapter range only to lines inside it', () => {
      const rules = [
        rule({ attachmentType: 'phytosanitary_certificate', hsChapterFrom: '06', hsChapterTo: '14' }),
      ];

      expect(applicableAttachmentTypes(rules, 'entry', [{ chapter: '14', control: null }])).toEqual([
        'phytosanitary_certificate',
      ]);
      expect(applicableAttachmentTypes(rules, 'entry', [{ chapter: '15', control: null }])).toEqual([]);
      expect(applicableAttachmentTypes(rules, 'entry', [])).toEqual([]);
    });

    it('applies a control rule to a licensed line', () => {
      const rules = [rule({ attachmentType: 'import_export_licence', hsControl: 'licence_required' })];

      expect(
        applicableAttachmentTypes(rules, 'exit', [{ chapter: '38', control: 'licence_required' }]),
      ).toEqual(['import_export_licence']);
      expect(applicableAttachmentTypes(rules, 'exit', [{ chapter: '38', control: null }])).toEqual([]);
    });

    it('holds a draft without direction to rules for both', () => {
      const rules = [
        rule({ attachmentType: 'packing_list' }),
        rule({ attachmentType: 'other', direction: 'entry' }),
      ];

      expect(applicableAttachmentTypes(rules, null, [])).toEqual(['packing_list']);
    });
  });

  describe('requiredAttachmentTypes', () => {
    it('requires a phytosanitary certificate for an import of dried cassava', async () => {
      const member = await cargoMember();
      const id = await cargoDeclaration(member, { direction: 'entry', hsCodes: [CASSAVA] });

      const missing = await requiredAttachmentTypes({ id, direction: 'entry' });

      expect(missing).toEqual(['commercial_invoice', 'packing_list', 'phytosanitary_certificate']);
    });

    it('does not require it for an export of fertilizer', async () => {
      const member = await cargoMember();
      const id = await cargoDeclaration(member, { direction: 'exit', hsCodes: [FERTILIZER] });

      const missing = await requiredAttachmentTypes({ id, direction: 'exit' });

      expect(missing).toEqual(['commercial_invoice', 'packing_list']);
    });

    it('drops the types that are attached', async () => {
      const member = await cargoMember();
      const id = await cargoDeclaration(member, { direction: 'entry', hsCodes: [CASSAVA, FERTILIZER] });
      const url = attachmentsUrl(member, id);
      for (const attachmentType of ['commercial_invoice', 'phytosanitary_certificate']) {
        await uploadAttachment(member.client, url, PDF_BYTES, { attachmentType }).expect(201);
      }

      expect(await requiredAttachmentTypes({ id, direction: 'entry' })).toEqual(['packing_list']);
    });
  });

  describe('administration', () => {
    let admin: ApiClient;
    let adminId: string;
    let created: AttachmentRule | undefined;

    beforeEach(async () => {
      const signedIn = await signedInOfficer('en', { role: 'administrator' });
      admin = signedIn.client;
      adminId = signedIn.officer.id;
      created = undefined;
    });

    afterEach(async () => {
      // Deactivate the spec's rule, so that other specs see the seeded rules only.
      if (created) {
        await testEnvironment().sequelize.query('UPDATE attachment_rules SET active = false WHERE id = :id', {
          replacements: { id: created.id },
        });
      }
    });

    it('lists the seeded rules', async () => {
      const rules = (await admin.get(ADMIN_RULES).expect(200)).body as AttachmentRule[];

      const phytosanitary = rules.find((item) => item.attachmentType === 'phytosanitary_certificate');
      expect(phytosanitary?.direction).toBe('entry');
      expect([phytosanitary?.hsChapterFrom, phytosanitary?.hsChapterTo]).toEqual(['06', '14']);
    });

    it('adds a rule that the next check applies, and audits it', async () => {
      created = (await admin.post(ADMIN_RULES, newRule()).expect(201)).body as AttachmentRule;
      const member = await cargoMember();
      const id = await cargoDeclaration(member, { direction: 'exit', hsCodes: [FERTILIZER] });

      expect(await requiredAttachmentTypes({ id, direction: 'exit' })).toContain(
        'certificate_of_origin_form_d',
      );
      const [audit] = await testEnvironment().sequelize.query<{ actorId: string }>(
        `SELECT actor_id AS "actorId" FROM audit_log
          WHERE action = 'reference.attachment_rule.created' AND details->>'ruleId' = :ruleId`,
        { replacements: { ruleId: created.id }, type: QueryTypes.SELECT },
      );
      expect(audit?.actorId).toBe(adminId);
    });

    it('updates a rule at its version and rejects a stale one', async () => {
      created = (await admin.post(ADMIN_RULES, newRule()).expect(201)).body as AttachmentRule;

      const updated = (
        await admin
          .put(`${ADMIN_RULES}/${created.id}`, { ...newRule({ active: false }), version: created.version })
          .expect(200)
      ).body as AttachmentRule;
      await admin.put(`${ADMIN_RULES}/${created.id}`, { ...newRule(), version: created.version }).expect(409);

      expect(updated.active).toBeFalse();
      expect(updated.version).toBe(created.version + 1);
    });

    it('rejects a reversed chapter range', async () => {
      const response = await admin
        .post(ADMIN_RULES, newRule({ hsChapterFrom: '14', hsChapterTo: '06' }))
        .expect(400);

      const error = (response.body as Problem).errors?.[0];
      expect(error?.path).toBe('hsChapterTo');
      expect(error?.code).toBe('hsChapterRangeReversed');
    });

    it('lets only administrators change rules', async () => {
      const { client: reviewer } = await signedInOfficer('en', { role: 'reviewer' });

      await reviewer.get(ADMIN_RULES).expect(403);
      await reviewer.post(ADMIN_RULES, newRule()).expect(403);
    });

    it('publishes the active rules as reference data', async () => {
      const response = await ApiClient.create().then((client) =>
        client.get('/api/reference/attachment-rules').expect(200),
      );

      const types = (response.body as AttachmentRule[]).map((item) => item.attachmentType);
      expect(types).toContain('phytosanitary_certificate');
      expect((response.body as AttachmentRule[]).every((item) => item.active)).toBeTrue();
    });
  });
});
