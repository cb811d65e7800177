import { AttachmentRuleInput, type AttachmentRule } from '@smartgate/shared-models';

import { createRuleForm, resetRuleForm, ruleFormInput } from './attachment-rule-form';

const PHYTOSANITARY: AttachmentRule = {
  id: '0d6f5a52-43a4-4c57-9b0e-6d3f3c8f61a1',
  attachmentType: 'phytosanitary_certificate',
  direction: 'entry',
  hsChapterFrom: '06',
  hsChapterTo: '14',
  hsControl: null,
  active: true,
  noteVi: 'Hàng nhập khẩu là sản phẩm thực vật cần giấy kiểm dịch.',
  noteEn: 'Imports of plant products need a phytosanitary certificate.',
  version: 3,
};

describe('attachment rule form', () => {
  it('reads a stored rule back unchanged', () => {
    const { id: _id, version: _version, ...fields } = PHYTOSANITARY;

    expect(ruleFormInput(createRuleForm(PHYTOSANITARY))).toEqual(fields);
  });

  it('starts a new rule for both directions and any goods', () => {
    const input = ruleFormInput(createRuleForm());

    expect(input['direction']).toBeNull();
    expect(input['hsChapterFrom']).toBeNull();
    expect(input['hsChapterTo']).toBeNull();
    expect(input['hsControl']).toBeNull();
    expect(input['active']).toBeTrue();
  });

  const chapters: [string, string | null][] = [
    ['', null],
    ['  ', null],
    ['7', '07'],
    [' 14 ', '14'],
    ['0', '0'],
    ['x1', 'x1'],
  ];
  for (const [typed, expected] of chapters) {
    it(`reads the chapter "${typed}" as ${String(expected)}`, () => {
      const form = createRuleForm(PHYTOSANITARY);
      form.controls.hsChapterFrom.setValue(typed);

      expect(ruleFormInput(form)['hsChapterFrom']).toBe(expected);
    });
  }

  it('leaves a bad chapter for the schema to report', () => {
    const form = createRuleForm(PHYTOSANITARY);
    form.controls.hsChapterTo.setValue('0');

    const parsed = AttachmentRuleInput.safeParse(ruleFormInput(form));

    expect(parsed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['hsChapterTo', 'invalidHsChapter'],
    ]);
  });

  it('maps the choices for none back to null', () => {
    const form = createRuleForm(PHYTOSANITARY);
    form.controls.direction.setValue('any');
    form.controls.hsControl.setValue('licence_required');

    const input = ruleFormInput(form);

    expect(input['direction']).toBeNull();
    expect(input['hsControl']).toBe('licence_required');
  });

  it('refills the form with a newer rule', () => {
    const form = createRuleForm(PHYTOSANITARY);
    form.controls.noteEn.setValue('My unsaved text');

    resetRuleForm(form, { ...PHYTOSANITARY, hsChapterTo: '12', version: 4 });

    expect(form.controls.noteEn.value).toBe(PHYTOSANITARY.noteEn);
    expect(form.controls.hsChapterTo.value).toBe('12');
  });
});
