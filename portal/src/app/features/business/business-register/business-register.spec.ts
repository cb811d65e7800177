import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { BUSINESS_ID, businessView, configureBusinessPage, settle } from '../shared/business-testing';
import { BusinessRegister } from './business-register';

describe('BusinessRegister', () => {
  let fixture: ComponentFixture<BusinessRegister>;
  let http: HttpTestingController;
  let host: HTMLElement;

  function type(name: string, value: string): void {
    const input = host.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function fillValidDetails(taxCode: string): void {
    type('taxCode', taxCode);
    type('name', 'Công ty TNHH Nông sản Đức Cơ');
    type('address', 'Chư Ty, Đức Cơ, Gia Lai');
    type('contactName', 'Phạm Văn Hùng');
    type('contactPhone', '0912 345 678');
    type('contactEmail', 'lienhe@nongsanducco.vn');
  }

  async function submit(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    fixture.detectChanges();
  }

  function errorTexts(): string[] {
    return [...host.querySelectorAll('mat-error')].map((error) => error.textContent?.trim() ?? '');
  }

  beforeEach(async () => {
    await configureBusinessPage();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BusinessRegister);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('asks for the hyphen of a 13-digit branch code before sending anything', async () => {
    fillValidDetails('0314409058002');

    await submit();

    expect(errorTexts().join(' ')).toContain('hyphen after the 10th digit');
    http.expectNone('/api/applicant/businesses');
  });

  it('reports a wrong check digit on the tax code field', async () => {
    fillValidDetails('0100233480');

    await submit();

    expect(errorTexts().join(' ')).toContain('check digit');
  });

  it('registers the company and opens its page', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    fillValidDetails('0314409058-002');

    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/applicant/businesses' });
    expect(request.request.body.taxCode).toBe('0314409058-002');
    expect(request.request.body.contactPhone).toBe('0912345678');
    request.flush(businessView());
    await settle(fixture);

    expect(navigate).toHaveBeenCalledWith(['/business', BUSINESS_ID]);
  });

  it('shows the advice of the API for a registered tax code', async () => {
    fillValidDetails('0100109106');

    await submit();
    http.expectOne('/api/applicant/businesses').flush(
      {
        type: '/api/problems/tax-code-registered',
        title: 'This tax code is already registered.',
        status: 409,
        detail:
          "A business with this tax code is already registered. Please ask that company's administrator to invite you by e-mail.",
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    fixture.detectChanges();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('administrator to invite you');
  });
});
