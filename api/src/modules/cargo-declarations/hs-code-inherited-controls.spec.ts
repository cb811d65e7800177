import type { DeclarationView, FieldError } from '@smartgate/shared-models';

import { signedInOfficer } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { attachmentRequirements } from '../cargo-attachments/attachment-rules';
import { cargoMember, type CargoMember } from '../cargo-attachments/cargo-attachment.fixtures';
import { screeningOf } from '../screening/screening-fixtures';
import {
  attachDocuments,
  cargoUrl,
  createdCargoDraft,
  npkExport,
  npkLine,
} from './cargo-declaration.fixtures';
import { findHsCodes } from './cargo-reference.repository';

/** A national line under the seeded heading 4403, which the seed puts under licence control. */
const TROPICAL_LOG = '44034910';

/** A hierarchy of this spec's own (chapter 93, arms), whose controls each spec sets. */
const ARMS = { chapter: '93', heading: '9301', subheading: '930190', line: '93019010' } as const;

async function insertHsCode(code: string, parentCode: string | null): Promise<void> {
  await testEnvironment().sequelize.query(
    `INSERT INTO hs_codes (code, level, description_vi, description_en, search_text, chapter, parent_code, selectable)
     VALUES (:code, length(:code), 'Dòng thử nghiệm', 'Spec line', 'dong thu nghiem spec line', left(:code, 2),
             :parentCode, length(:code) = 8)
     ON CONFLICT (code) DO NOTHING`,
    { replacements: { code, parentCode } },
  );
}

/** Sets the controls of the spec's hierarchy by level. A level left out gets no control. */
async function setArmsControls(controls: Partial<Record<keyof typeof ARMS, string>>): Promise<void> {
  for (const [level, code] of Object.entries(ARMS)) {
    await testEnvironment().sequelize.query('UPDATE hs_codes SET control = :control WHERE code = :code', {
      replacements: { code, control: controls[level as keyof typeof ARMS] ?? null },
    });
  }
}

async function effectiveControlOf(code: string): Promise<{ control: string | null; source: string | null }> {
  const facts = (await findHsCodes(testEnvironment().sequelize, [code])).get(code);
  return { control: facts?.control ?? null, source: facts?.controlSourceCode ?? null };
}

function codesOf(body: unknown): string[] {
  return ((body as { errors?: FieldError[] }).errors ?? []).map((error) => `${error.path}:${error.code}`);
}

/** Builds an export of tropical logs, which needs an export licence because of its heading's control. */
function logExport() {
  const line = npkLine({
    hsCode: TROPICAL_LOG,
    description: 'Gỗ tròn nhiệt đới',
    unitCode: 'kg',
    quantity: '30000',
  });
  return npkExport({ goodsLines: [line] });
}

describe('inherited HS code controls', () => {
  beforeAll(async () => {
    await insertHsCode(TROPICAL_LOG, '440349');
    await insertHsCode(ARMS.chapter, null);
    await insertHsCode(ARMS.heading, ARMS.chapter);
    await insertHsCode(ARMS.subheading, ARMS.heading);
    await insertHsCode(ARMS.line, ARMS.subheading);
  });

  it('gives 44034910 the licence control of heading 4403', async () => {
    expect(await effectiveControlOf(TROPICAL_LOG)).toEqual({ control: 'licence_required', source: '4403' });
  });

  it('takes a heading’s control when the line has none', async () => {
    await setArmsControls({ heading: 'licence_required' });

    expect(await effectiveControlOf(ARMS.line)).toEqual({
      control: 'licence_required',
      source: ARMS.heading,
    });
  });

  it('lets a prohibition above beat a licence on the line', async () => {
    await setArmsControls({ chapter: 'prohibited', line: 'licence_required' });

    expect(await effectiveControlOf(ARMS.line)).toEqual({ control: 'prohibited', source: ARMS.chapter });
  });

  it('keeps the line’s own prohibition over a licence above', async () => {
    await setArmsControls({ subheading: 'licence_required', line: 'prohibited' });

    expect(await effectiveControlOf(ARMS.line)).toEqual({ control: 'prohibited', source: ARMS.line });
  });

  it('leaves a line without controls above it free', async () => {
    await setArmsControls({});

    expect(await effectiveControlOf(ARMS.line)).toEqual({ control: null, source: null });
  });

  it('rejects a goods line whose chapter is prohibited', async () => {
    await setArmsControls({ chapter: 'prohibited' });
    const member = await cargoMember('en');
    const line = npkLine({ hsCode: ARMS.line, description: 'Súng săn', unitCode: 'pce', quantity: '2' });

    const response = await member.client
      .post(cargoUrl(member), npkExport({ goodsLines: [line] }))
      .expect(400);

    expect(codesOf(response.body)).toEqual(['goodsLines.0.hsCode:hsCodeProhibited']);
  });

  it('shows the inherited control in the HS code search', async () => {
    const member = await cargoMember('en');

    const response = await member.client.get(`/api/reference/hs-codes?q=${TROPICAL_LOG}`).expect(200);

    expect(response.body).toEqual([
      jasmine.objectContaining({
        code: TROPICAL_LOG,
        control: null,
        effectiveControl: 'licence_required',
        controlSourceCode: '4403',
      }),
    ]);
  });

  describe('for a declaration of tropical logs', () => {
    let member: CargoMember;
    let draft: DeclarationView;

    beforeEach(async () => {
      member = await cargoMember('en');
      draft = await createdCargoDraft(member, logExport());
    });

    it('requires the licence through the attachment rule with hs_control', async () => {
      expect(await attachmentRequirements({ id: draft.id, direction: 'exit' })).toContain(
        'import_export_licence',
      );

      await attachDocuments(member, draft.id, ['commercial_invoice', 'packing_list']);
      const response = await member.client
        .post(cargoUrl(member, draft.id, 'submit'), { version: draft.version })
        .expect(422);

      expect(codesOf(response.body)).toEqual(['attachments.import_export_licence:attachmentRequired']);
    });

    it('is flagged by screening as needing a licence', async () => {
      await attachDocuments(member, draft.id, [
        'commercial_invoice',
        'packing_list',
        'import_export_licence',
      ]);
      await member.client.post(cargoUrl(member, draft.id, 'submit'), { version: draft.version }).expect(200);
      const { client: officer } = await signedInOfficer('en');

      const screening = await screeningOf(officer, draft.id);

      const goods = screening.flags.filter((flag) => flag.subject === 'goodsLine');
      expect(goods.map((flag) => [flag.kind, flag.goodsLinePosition, flag.value])).toEqual([
        ['goods_licence_required', 0, TROPICAL_LOG],
      ]);
    });
  });
});
