import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { CrossingDeclaration, CrossingDeclarationDraft } from '@smartgate/shared-models';

import { applyFieldErrors, applySchemaIssues, clearIssues, parseFieldPath } from './form-issues';

function travellerGroup(fullName = '') {
  return new FormGroup({
    fullName: new FormControl(fullName),
    documentNumber: new FormControl(''),
  });
}

function declarationForm() {
  return new FormGroup({
    gateCode: new FormControl(''),
    plannedCrossingDate: new FormControl(''),
    travellers: new FormArray([travellerGroup('Lead'), travellerGroup()]),
  });
}

describe('form issues', () => {
  it('places a zod issue by path', () => {
    const form = declarationForm();
    const result = CrossingDeclaration.safeParse({ travellers: [{}, {}] });

    applySchemaIssues(form, result.error?.issues ?? []);

    expect(form.get('gateCode')?.getError('issue')).toEqual({ key: 'required' });
    expect(form.get(['travellers', 1, 'fullName'])?.getError('issue')).toEqual({ key: 'required' });
    expect(form.get(['travellers', 1, 'fullName'])?.touched).toBeTrue();
  });

  it('uses a custom issue key', () => {
    const form = declarationForm();
    const result = CrossingDeclarationDraft.safeParse({ plannedCrossingDate: '2026-02-30' });

    applySchemaIssues(form, result.error?.issues ?? []);

    expect(form.get('plannedCrossingDate')?.getError('issue')).toEqual({ key: 'invalidDate' });
  });

  it('returns issues without a field', () => {
    const form = declarationForm();
    const tooMany = Array.from({ length: 11 }, () => ({}));
    const result = CrossingDeclarationDraft.safeParse({ travellers: tooMany });

    const unplaced = applySchemaIssues(form, result.error?.issues ?? []);

    expect(unplaced).toEqual([{ path: ['travellers'], key: 'tooManyTravellers' }]);
  });

  it('keeps the first issue of a field', () => {
    const form = declarationForm();

    applySchemaIssues(form, [
      { code: 'custom', path: ['gateCode'], message: 'unknownGate', input: 'X' },
      { code: 'custom', path: ['gateCode'], message: 'tooLong', input: 'X' },
    ]);

    expect(form.get('gateCode')?.getError('issue')).toEqual({ key: 'unknownGate' });
  });

  it('places API field errors by path', () => {
    const form = declarationForm();

    const unplaced = applyFieldErrors(form, [
      { path: 'travellers.1.documentNumber', code: 'invalidDocumentNumber', message: 'Số giấy tờ: sai.' },
      { path: 'version', code: 'invalidVersion', message: 'Phiên bản không hợp lệ.' },
    ]);

    expect(form.get(['travellers', 1, 'documentNumber'])?.getError('issue')).toEqual({
      key: 'invalidDocumentNumber',
      serverMessage: 'Số giấy tờ: sai.',
    });
    expect(unplaced.map((issue) => issue.path)).toEqual([['version']]);
  });

  it('keeps the parameters of an API field error', () => {
    const form = declarationForm();
    const params = { from: '01/03/2026', until: '08/03/2026' };

    applyFieldErrors(form, [
      { path: 'plannedCrossingDate', code: 'outsideSubmissionWindow', message: 'Too early.', params },
    ]);

    expect(form.get('plannedCrossingDate')?.getError('issue')).toEqual({
      key: 'outsideSubmissionWindow',
      serverMessage: 'Too early.',
      params,
    });
  });

  it('clears placed issues', () => {
    const form = declarationForm();
    applySchemaIssues(form, [{ code: 'custom', path: ['gateCode'], message: 'required', input: '' }]);

    clearIssues(form);

    expect(form.get('gateCode')?.errors).toBeNull();
    expect(form.valid).toBeTrue();
  });

  it('parses dotted API paths', () => {
    expect(parseFieldPath('travellers.1.fullName')).toEqual(['travellers', 1, 'fullName']);
    expect(parseFieldPath('')).toEqual([]);
  });
});
