import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { BusinessVehicleView } from '@smartgate/shared-models';

import { BUSINESS_ID, BUSINESS_URL, configureBusinessPage, settle } from '../shared/business-testing';
import { VehicleEditorDialog, type VehicleEditorData } from './vehicle-editor-dialog';

const STORED: BusinessVehicleView = {
  id: 'v-1',
  version: 3,
  vehicleType: 'truck',
  plateCountry: 'VNM',
  plateNumber: '81C-123.45',
  plateSearchKey: '81C12345',
  transportLicenceNumber: 'VN-KH 012345',
  transportLicenceExpiry: '2027-06-30',
  licenceExpired: false,
  createdAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
};

describe('VehicleEditorDialog', () => {
  let fixture: ComponentFixture<VehicleEditorDialog>;
  let http: HttpTestingController;
  let host: HTMLElement;
  let close: jasmine.Spy;

  async function open(vehicle: BusinessVehicleView | null): Promise<void> {
    close = jasmine.createSpy('close');
    const data: VehicleEditorData = {
      businessId: BUSINESS_ID,
      vehicle,
      countries: [
        { code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Vietnam', nameKm: 'វៀតណាម' },
        { code: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia', nameKm: 'កម្ពុជា' },
      ] as never,
    };
    await configureBusinessPage({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VehicleEditorDialog);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  function type(name: string, value: string): void {
    const input = host.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function save(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  it('rejects a truck plate with the trailer series before sending', async () => {
    await open(null);
    type('plateNumber', '81R-012.34');

    await save();

    expect(host.querySelector('mat-error')?.textContent).toContain('not a valid Vietnamese plate number');
    http.expectNone(`${BUSINESS_URL}/vehicles`);
  });

  it('asks for the expiry date with the licence number', async () => {
    await open(null);
    type('plateNumber', '81C-123.45');
    type('transportLicenceNumber', 'VN-KH 1');

    await save();

    expect(host.textContent).toContain('Transport licence expiry date is missing');
  });

  it('saves a new vehicle and closes with it', async () => {
    await open(null);
    type('plateNumber', '81c 12345');

    await save();
    const request = http.expectOne({ method: 'POST', url: `${BUSINESS_URL}/vehicles` });
    expect(request.request.body).toEqual(
      jasmine.objectContaining({ vehicleType: 'truck', plateCountry: 'VNM', plateNumber: '81c 12345' }),
    );
    request.flush(STORED);
    await settle(fixture);

    expect(close).toHaveBeenCalledWith(STORED);
  });

  it('reports a duplicate plate on update', async () => {
    await open(STORED);

    await save();
    const request = http.expectOne({ method: 'PUT', url: `${BUSINESS_URL}/vehicles/v-1` });
    expect(request.request.body.version).toBe(3);
    expect(request.request.body.vehicle.transportLicenceExpiry).toBe('2027-06-30');
    request.flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid',
        status: 400,
        detail: 'Please check the listed fields.',
        errors: [
          { path: 'plateNumber', code: 'duplicateBusinessVehicle', message: 'Plate number: duplicate' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    fixture.detectChanges();

    expect(host.querySelector('mat-error')?.textContent).toContain('already has a vehicle with this plate');
    expect(close).not.toHaveBeenCalled();
  });
});
