import { CrossingDeclarationDraft } from '@smartgate/shared-models';

import { createDeclarationForm, dateControlValue, declarationFormValue } from './declaration-form-model';

describe('declaration form model', () => {
  it('fills from a saved draft', () => {
    const form = createDeclarationForm({
      gateCode: 'LT',
      plannedCrossingDate: '2026-03-09',
      travellers: [{ fullName: 'Lead' }, { fullName: 'Companion', dateOfBirth: '1990-12-31' }],
    });

    expect(form.controls.travellers.length).toBe(2);
    expect(form.controls.plannedCrossingDate.value?.getDate()).toBe(9);
    expect(form.controls.travellers.at(1).controls.dateOfBirth.value?.getFullYear()).toBe(1990);
  });

  it('starts a new declaration with the lead traveller', () => {
    expect(createDeclarationForm().controls.travellers.length).toBe(1);
  });

  it('reads dates back as the same YYYY-MM-DD strings', () => {
    const draft = { plannedCrossingDate: '2026-03-09', travellers: [{ documentExpiryDate: '2030-01-01' }] };

    const value = declarationFormValue(createDeclarationForm(draft));

    expect(value['plannedCrossingDate']).toBe('2026-03-09');
    expect((value['travellers'] as Record<string, unknown>[])[0]['documentExpiryDate']).toBe('2030-01-01');
  });

  it('passes unparsable dates to the schema', () => {
    const form = createDeclarationForm();
    form.controls.plannedCrossingDate.setErrors({ matDatepickerParse: { text: '31/02/2026' } });

    const result = CrossingDeclarationDraft.safeParse(declarationFormValue(form));

    expect(dateControlValue(form.controls.plannedCrossingDate)).toBe('31/02/2026');
    expect(result.error?.issues[0].message).toBe('invalidDate');
  });

  it('reads blank fields as absent', () => {
    const result = CrossingDeclarationDraft.safeParse(declarationFormValue(createDeclarationForm()));

    expect(result.success).toBeTrue();
  });
});
