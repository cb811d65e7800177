import { FormControl } from '@angular/forms';
import type { MrzData } from '@smartgate/shared-models';

import { createTravellerForm } from './declaration-form-model';
import { agreesWithMrz, fillFromMrz, mrzAgreementValidator } from './mrz-agreement';

function mrzData(overrides: Partial<MrzData> = {}): MrzData {
  return {
    format: 'TD3',
    documentCode: 'P',
    documentType: 'passport',
    issuingState: 'VNM',
    surname: 'NGUYEN',
    givenNames: 'VAN DUC',
    namesTruncated: false,
    documentNumber: 'C1234567',
    nationality: 'VNM',
    dateOfBirth: '1988-05-17',
    documentExpiryDate: '2031-01-01',
    sex: 'male',
    optionalData: '',
    ...overrides,
  };
}

describe('MRZ agreement', () => {
  it('fills every blank field', () => {
    const group = createTravellerForm();

    const disagreeing = fillFromMrz(group, mrzData());

    expect(disagreeing).toEqual([]);
    expect(group.controls.fullName.value).toBe('NGUYEN VAN DUC');
    expect(group.controls.sex.value).toBe('male');
    expect(group.controls.dateOfBirth.value?.getFullYear()).toBe(1988);
    expect(group.controls.nationality.value).toBe('VNM');
    expect(group.controls.documentType.value).toBe('passport');
    expect(group.controls.documentNumber.value).toBe('C1234567');
    expect(group.controls.documentExpiryDate.value?.getDate()).toBe(1);
  });

  it('keeps a typed name with diacritics', () => {
    const group = createTravellerForm({ fullName: 'Nguyễn Văn Đức'.normalize('NFD') });

    expect(fillFromMrz(group, mrzData())).toEqual([]);
    expect(group.controls.fullName.value).toBe('Nguyễn Văn Đức'.normalize('NFD'));
  });

  it('reports typed fields that disagree and keeps them', () => {
    const group = createTravellerForm({
      fullName: 'Nguyễn Văn Dũng',
      dateOfBirth: '1988-05-18',
      documentNumber: 'c 123 4567',
      documentType: 'border_pass',
    });

    const disagreeing = fillFromMrz(group, mrzData());

    expect(disagreeing).toEqual(['fullName', 'dateOfBirth', 'documentType']);
    expect(group.controls.fullName.value).toBe('Nguyễn Văn Dũng');
  });

  it('leaves open what the MRZ leaves open', () => {
    const group = createTravellerForm();

    fillFromMrz(group, mrzData({ sex: undefined, nationality: undefined, documentType: undefined }));

    expect(group.controls.sex.value).toBeNull();
    expect(group.controls.nationality.value).toBe('');
    expect(group.controls.documentType.value).toBeNull();
  });

  it('accepts a name cut short by the MRZ', () => {
    const mrz = mrzData({
      surname: 'TON NU',
      givenNames: 'HOANG THI THANH PHUONG THAO NGU',
      namesTruncated: true,
    });

    expect(agreesWithMrz('fullName', 'Tôn Nữ Hoàng Thị Thanh Phương Thảo Nguyên Khánh', mrz)).toBeTrue();
  });

  it('flags a field edited after the MRZ was entered', () => {
    let mrz: MrzData | null = null;
    const control = new FormControl('C1234567', {
      validators: mrzAgreementValidator('documentNumber', () => mrz),
    });
    expect(control.errors).toBeNull();

    mrz = mrzData();
    control.setValue('C7654321');

    expect(control.errors).toEqual({ mrzMismatch: true });
  });
});
