import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { BusinessVehicleView } from '@smartgate/shared-models';
import { of } from 'rxjs';

import { BUSINESS_URL, businessView, configureBusinessPage, settle } from '../shared/business-testing';
import { VehiclesPage } from './vehicles-page';

function vehicle(overrides: Partial<BusinessVehicleView>): BusinessVehicleView {
  return {
    id: 'v-1',
    version: 2,
    vehicleType: 'truck',
    plateCountry: 'VNM',
    plateNumber: '81C-123.45',
    plateSearchKey: '81C12345',
    transportLicenceNumber: 'VN-KH 012345',
    transportLicenceExpiry: '2030-06-30',
    licenceExpired: false,
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...overrides,
  };
}

describe('VehiclesPage', () => {
  let fixture: ComponentFixture<VehiclesPage>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    await configureBusinessPage();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VehiclesPage);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    http.expectOne('/api/public/countries').flush([]);
    http.expectOne(BUSINESS_URL).flush(businessView({ role: 'staff' }));
    await settle(fixture);
    http.expectOne(`${BUSINESS_URL}/vehicles`).flush([
      vehicle({}),
      vehicle({
        id: 'v-2',
        vehicleType: 'semi_trailer',
        plateNumber: '81R-012.34',
        transportLicenceExpiry: '2026-01-31',
        licenceExpired: true,
      }),
    ]);
    await settle(fixture);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  it('lists the vehicles and marks an expired licence', async () => {
    const records = [...host.querySelectorAll('.record')];

    expect(records.map((record) => record.querySelector('h2')?.textContent?.trim())).toEqual([
      '81C-123.45',
      '81R-012.34',
    ]);
    expect(records[0].querySelector('.expired')).toBeNull();
    expect(records[1].querySelector('.expired')?.textContent).toContain('Expired');
    expect(records[1].textContent).toContain('31/01/2026');
    expect(records[1].textContent).toContain('Semi-trailer');
  });

  it('deletes a vehicle at the version last read after confirmation', async () => {
    spyOn(TestBed.inject(MatDialog), 'open').and.returnValue({ afterClosed: () => of(true) } as never);

    host.querySelector<HTMLButtonElement>('button[aria-label="Delete 81C-123.45"]')!.click();
    await settle(fixture);
    http.expectOne({ method: 'DELETE', url: `${BUSINESS_URL}/vehicles/v-1?version=2` }).flush(null);
    await settle(fixture);
    http.expectOne(`${BUSINESS_URL}/vehicles`).flush([]);
    await settle(fixture);
    fixture.detectChanges();

    expect(host.textContent).toContain('No vehicles yet.');
  });

  it('keeps the vehicle when the deletion is not confirmed', async () => {
    spyOn(TestBed.inject(MatDialog), 'open').and.returnValue({ afterClosed: () => of(false) } as never);

    host.querySelector<HTMLButtonElement>('button[aria-label="Delete 81C-123.45"]')!.click();
    await settle(fixture);

    http.expectNone({ method: 'DELETE' });
  });
});
