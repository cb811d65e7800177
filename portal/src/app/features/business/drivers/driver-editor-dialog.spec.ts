import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { BusinessDriverView } from '@smartgate/shared-models';

import { BUSINESS_ID, BUSINESS_URL, configureBusinessPage, settle } from '../shared/business-testing';
import { DriverEditorDialog, type DriverEditorData } from './driver-editor-dialog';

const DRIVER: BusinessDriverView = {
  id: 'd-1',
  version: 4,
  traveller: {
    fullName: 'Trần Văn Tài',
    sex: 'male',
    dateOfBirth: '1984-07-21',
    nationality: 'VNM',
    documentType: 'passport',
    documentNumber: 'C1234567',
    documentExpiryDate: '2031-03-01',
  },
  documentExpired: false,
  createdAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
};

describe('DriverEditorDialog', () => {
  let fixture: ComponentFixture<DriverEditorDialog>;
  let http: HttpTestingController;
  let host: HTMLElement;
  let close: jasmine.Spy;

  async function open(driver: BusinessDriverView | null): Promise<void> {
    close = jasmine.createSpy('close');
    const data: DriverEditorData = { businessId: BUSINESS_ID, driver, countries: [] };
    await configureBusinessPage({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DriverEditorDialog);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    // The traveller fields load the document type rules and may ask for saved travellers.
    http.match(() => true).forEach((request) => request.flush([]));
    await settle(fixture);
  }

  async function save(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  it('offers the MRZ entry of the traveller form', async () => {
    await open(null);

    expect(host.querySelector('sg-mrz-entry')).not.toBeNull();
    expect(host.querySelector('legend')?.textContent).toContain('Driver');
  });

  it('checks the traveller fields before sending', async () => {
    await open(null);

    await save();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Please correct the fields');
    http.expectNone(`${BUSINESS_URL}/drivers`);
  });

  it('reports a duplicate document on update', async () => {
    await open(DRIVER);

    await save();
    const request = http.expectOne({ method: 'PUT', url: `${BUSINESS_URL}/drivers/d-1` });
    expect(request.request.body.version).toBe(4);
    expect(request.request.body.traveller).toEqual(jasmine.objectContaining({ documentNumber: 'C1234567' }));
    request.flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid',
        status: 400,
        detail: 'Please check the listed fields.',
        errors: [{ path: 'documentNumber', code: 'duplicateBusinessDriver', message: 'duplicate' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    fixture.detectChanges();

    expect(host.textContent).toContain('already has a driver with this document');
    expect(close).not.toHaveBeenCalled();
  });
});
