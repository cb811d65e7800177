import { CargoDeclarationDraft } from '@smartgate/shared-models';

import { cargoFormValue, createCargoForm } from './cargo-form-model';

describe('cargo form model', () => {
  it('sends the arrival typed at the gate as an instant', () => {
    const form = createCargoForm();
    form.controls.plannedArrivalAt.setValue(new Date(2026, 11, 6));
    form.controls.plannedArrivalTime.setValue('14:30');

    expect(cargoFormValue(form)['plannedArrivalAt']).toBe('2026-12-06T07:30:00.000Z');
  });

  it('leaves the arrival out until its time is typed', () => {
    const form = createCargoForm();
    form.controls.plannedArrivalAt.setValue(new Date(2026, 11, 6));

    expect(cargoFormValue(form)['plannedArrivalAt']).toBeUndefined();
  });

  it('fills the form back from a saved draft', () => {
    const form = createCargoForm({
      plannedArrivalAt: '2026-12-06T07:30:00.000Z',
      trailer: { plateCountry: 'VNM', plateNumber: '81R-012.34' },
      travellers: [{ fullName: 'Rơ Mah Hiếu' }, { fullName: 'Siu Thị Hoa' }],
      goodsLines: [{ hsCode: '07141011', netWeightKg: '0.1' }],
    });

    expect(form.controls.plannedArrivalTime.value).toBe('14:30');
    expect(form.controls.trailer.controls.present.value).toBeTrue();
    expect(form.controls.travellers.length).toBe(2);
    expect(form.controls.goodsLines.at(0).controls.hsCode.value).toBe('0714.10.11');
  });

  it('reads an unticked trailer as absent', () => {
    const form = createCargoForm();
    form.controls.trailer.controls.plateNumber.setValue('81R-012.34');

    expect(cargoFormValue(form)['trailer']).toBeUndefined();
  });

  it('gives the draft schema what it accepts', () => {
    const form = createCargoForm({
      goodsLines: [{ hsCode: '0714.10.11', netWeightKg: '0.1', currency: 'usd' }],
    });

    const parsed = CargoDeclarationDraft.safeParse(cargoFormValue(form));

    expect(parsed.success).toBeTrue();
    expect(parsed.data?.goodsLines[0].hsCode).toBe('07141011');
    expect(parsed.data?.goodsLines[0].currency).toBe('USD');
  });

  it('flags a Vietnamese trailer plate without series R as typed', () => {
    const form = createCargoForm();
    const trailer = form.controls.trailer.controls;
    trailer.plateCountry.setValue('VNM');
    trailer.plateNumber.setValue('81C-123.45');

    expect(trailer.plateNumber.getError('issue')).toEqual({ key: 'invalidTrailerPlate' });
  });
});
