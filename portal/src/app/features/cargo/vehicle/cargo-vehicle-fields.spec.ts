import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { BusinessVehicleView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { TranslatedDatepickerIntl } from '../../../core/i18n/translated-datepicker-intl';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import { createCargoVehicleForm } from './cargo-vehicle-form';
import { CargoVehicleFields } from './cargo-vehicle-fields';
import { createTrailerForm } from './trailer-form';

const TRUCK: BusinessVehicleView = {
  id: 'v-1',
  version: 1,
  vehicleType: 'truck',
  plateCountry: 'VNM',
  plateNumber: '81C-123.45',
  plateSearchKey: '81C12345',
  transportLicenceNumber: 'VN-KH 081234',
  transportLicenceExpiry: '2099-06-30',
  licenceExpired: false,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('CargoVehicleFields', () => {
  let fixture: ComponentFixture<CargoVehicleFields>;
  let host: HTMLElement;
  const vehicle = () => fixture.componentInstance.vehicle();
  const trailer = () => fixture.componentInstance.trailer();

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function field(name: string): HTMLElement {
    const control = host.querySelector(`[formcontrolname="${name}"]`);
    return control?.closest('mat-form-field') as HTMLElement;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService({ fallbackLang: 'en' }),
        provideDateInputs(),
        { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('en', english);
    await TestBed.inject(TranslateService).use('en');

    fixture = TestBed.createComponent(CargoVehicleFields);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('vehicle', createCargoVehicleForm());
    fixture.componentRef.setInput('trailer', createTrailerForm());
    fixture.componentRef.setInput('countries', [
      { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia', nameKm: 'កម្ពុជា' },
      { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam', nameKm: 'វៀតណាម' },
    ]);
    fixture.componentRef.setInput('companyVehicles', [TRUCK]);
    await settle();
  });

  it('fills the vehicle from the company list with its licence', async () => {
    fixture.componentInstance['fillVehicle'](TRUCK);
    await settle();

    expect(vehicle().getRawValue().plateNumber).toBe('81C-123.45');
    expect(vehicle().getRawValue().transportLicenceNumber).toBe('VN-KH 081234');
    expect(field('transportLicenceExpiry').textContent).toContain('Licence valid until 30/06/2099.');
  });

  it('shows a licence that expires before the arrival as expired', async () => {
    fixture.componentRef.setInput('arrivalDate', '2099-07-01');
    fixture.componentInstance['fillVehicle'](TRUCK);
    await settle();

    expect(field('transportLicenceExpiry').textContent).toContain('Licence expired on 30/06/2099');
  });

  it('shows the plate as it will be recorded', async () => {
    vehicle().controls.plateCountry.setValue('VNM');
    vehicle().controls.plateNumber.setValue('81c 12345');
    await settle();

    expect(field('plateNumber').textContent).toContain('81C-123.45');
    expect(vehicle().controls.plateNumber.valid).toBeTrue();
  });

  it('rejects series R on the truck', async () => {
    vehicle().controls.plateCountry.setValue('VNM');
    vehicle().controls.plateNumber.setValue('81R-012.34');

    expect(vehicle().controls.plateNumber.getError('issue')).toEqual({ key: 'trailerSeriesOnVehicle' });
  });

  it('checks the trailer plate again when its country changes', async () => {
    trailer().controls.present.setValue(true);
    trailer().controls.plateNumber.setValue('ABC-99');
    await settle();
    expect(trailer().controls.plateNumber.valid).toBeTrue();

    trailer().controls.plateCountry.setValue('VNM');
    await settle();

    expect(trailer().controls.plateNumber.getError('issue')).toEqual({ key: 'invalidTrailerPlate' });
  });
});
