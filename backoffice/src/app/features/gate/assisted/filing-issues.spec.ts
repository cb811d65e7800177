import { FormControl, FormGroup } from '@angular/forms';
import { addDaysToDateOnly, todayInTimeZone, type DocumentTypeRules } from '@smartgate/shared-models';

import { TEST_GATES } from '../../../../testing/declaration-factory';
import { assistedFilingValue, createAssistedForm } from './assisted-form';
import { findFilingIssues, issuesFromProblem, photoIssuesOnTravellers, placeIssues } from './filing-issues';
import { dateOnlyToTyped } from './typed-date';

const TODAY = todayInTimeZone();

const BORDER_PASS: DocumentTypeRules = {
  code: 'border_pass',
  nameVi: 'Giấy thông hành biên giới',
  nameEn: 'Border pass',
  numberFormat: 'generic',
  expiryWarningMonths: null,
  maxValidityMonths: 12,
  requiresIssueDate: true,
  validProvinceRule: 'facing_province',
  allowedNationalities: ['VNM'],
  photoRequired: true,
};

function completeForm() {
  const form = createAssistedForm({ gateCode: 'LT', direction: 'exit', today: TODAY });
  form.controls.purposeCode.setValue('work');
  form.controls.travellers.at(0).patchValue({
    fullName: 'Sok Dara',
    sex: 'female',
    dateOfBirth: '17/05/1990',
    nationality: 'KHM',
    documentType: 'passport',
    documentNumber: 'N01234567',
    documentExpiryDate: dateOnlyToTyped(addDaysToDateOnly(TODAY, 400)),
  });
  return form;
}

function check(value: Record<string, unknown>, documentTypes: DocumentTypeRules[] = []) {
  return findFilingIssues(value, { documentTypes, gate: TEST_GATES[0], today: TODAY }).map(
    (issue) => `${issue.path.join('.')} ${issue.key}`,
  );
}

describe('filing checks', () => {
  it('find nothing in a complete filing', () => {
    expect(check(assistedFilingValue(completeForm()))).toEqual([]);
  });

  it('name each missing field', () => {
    const form = createAssistedForm({ gateCode: 'LT', direction: null, today: TODAY });

    expect(check(assistedFilingValue(form))).toEqual(
      jasmine.arrayContaining([
        'direction required',
        'purposeCode required',
        'travellers.0.fullName required',
        'travellers.0.documentNumber required',
      ]),
    );
  });

  it('allow only today as crossing date', () => {
    const form = completeForm();
    const tomorrow = addDaysToDateOnly(TODAY, 1);
    form.controls.plannedCrossingDate.setValue(dateOnlyToTyped(tomorrow));

    const issues = findFilingIssues(assistedFilingValue(form), {
      documentTypes: [],
      gate: TEST_GATES[0],
      today: TODAY,
    });

    expect(issues).toEqual([
      {
        path: ['plannedCrossingDate'],
        key: 'outsideSubmissionWindow',
        params: { from: dateOnlyToTyped(tomorrow), until: dateOnlyToTyped(tomorrow) },
      },
    ]);
  });

  it('report a date typed in another shape', () => {
    const form = completeForm();
    form.controls.travellers.at(0).controls.dateOfBirth.setValue('1990-17-05');

    expect(check(assistedFilingValue(form))).toEqual(['travellers.0.dateOfBirth invalidDate']);
  });

  it("apply the document type's rules", () => {
    const form = completeForm();
    form.controls.travellers.at(0).patchValue({ documentType: 'border_pass', documentNumber: 'GT123456' });

    expect(check(assistedFilingValue(form), [BORDER_PASS])).toEqual(
      jasmine.arrayContaining(['travellers.0.nationality nationalityNotAllowedForDocument']),
    );
  });

  it('check the contact e-mail', () => {
    const form = completeForm();
    form.controls.email.setValue('not an address');

    expect(check(assistedFilingValue(form))).toEqual(['email invalidEmail']);
  });
});

describe('placing issues', () => {
  it('puts an issue on its control with its placeholders', () => {
    const form = completeForm();

    const unplaced = placeIssues(form, [
      { path: ['travellers', 0, 'fullName'], key: 'invalidName' },
      { path: ['plannedCrossingDate'], key: 'outsideSubmissionWindow', params: { from: 'a', until: 'b' } },
      { path: ['travellers'], key: 'tooManyTravellers' },
    ]);

    expect(form.controls.travellers.at(0).controls.fullName.errors).toEqual({ invalidName: true });
    expect(form.controls.plannedCrossingDate.errors).toEqual({
      outsideSubmissionWindow: { from: 'a', until: 'b' },
    });
    expect(form.controls.plannedCrossingDate.touched).toBeTrue();
    expect(unplaced.map((issue) => issue.key)).toEqual(['tooManyTravellers']);
  });

  it("reads the API's dotted paths", () => {
    const form = new FormGroup({ email: new FormControl('') });

    placeIssues(form, issuesFromProblem([{ path: 'email', code: 'invalidEmail', message: '' }]));

    expect(form.controls.email.errors).toEqual({ invalidEmail: true });
  });

  it('puts portrait issues on the traveller', () => {
    const form = createAssistedForm({ gateCode: 'LT', direction: 'exit', today: TODAY });
    const issues = issuesFromProblem([
      { path: 'photos.0.uploadId', code: 'photoUploadExpired', message: '' },
    ]);

    const moved = photoIssuesOnTravellers(issues, [{ position: 0 }]);
    const unplaced = placeIssues(form, moved);

    expect(moved[0].path).toEqual(['travellers', 0, 'photo']);
    expect(form.controls.travellers.at(0).controls.photo.errors).toEqual({ photoUploadExpired: true });
    expect(unplaced).toEqual([]);
  });
});
