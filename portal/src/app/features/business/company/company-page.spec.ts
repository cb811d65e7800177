import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { BUSINESS_URL, businessView, configureBusinessPage, settle } from '../shared/business-testing';
import { CompanyPage } from './company-page';

describe('CompanyPage', () => {
  let fixture: ComponentFixture<CompanyPage>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function open(role: 'administrator' | 'staff'): Promise<void> {
    fixture = TestBed.createComponent(CompanyPage);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    http.expectOne(BUSINESS_URL).flush(businessView({ role }));
    await settle(fixture);
    fixture.detectChanges();
  }

  function button(text: string): HTMLButtonElement | undefined {
    return [...host.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
  }

  beforeEach(async () => {
    await configureBusinessPage();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the details and no edit button to staff', async () => {
    await open('staff');

    expect(host.textContent).toContain('0100109106');
    expect(host.textContent).toContain('Staff member');
    expect(button('Edit details')).toBeUndefined();
  });

  it('keeps the typed details and shows the stored ones after a version conflict', async () => {
    await open('administrator');
    button('Edit details')!.click();
    fixture.detectChanges();
    const name = host.querySelector<HTMLInputElement>('input[formcontrolname="name"]')!;
    name.value = 'Tên mới của tôi';
    name.dispatchEvent(new Event('input'));

    button('Save')!.click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PUT', url: BUSINESS_URL });
    expect(request.request.body).toEqual(jasmine.objectContaining({ name: 'Tên mới của tôi', version: 1 }));
    request.flush(
      {
        type: '/api/problems/version-conflict',
        title: 'The record was changed elsewhere.',
        status: 409,
        detail: 'Please reload the page to see the latest version, then try again.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    http.expectOne(BUSINESS_URL).flush(businessView({ name: 'Tên do người khác lưu', version: 2 }));
    await settle(fixture);
    fixture.detectChanges();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('latest version');
    expect(host.querySelector('dl')?.textContent).toContain('Tên do người khác lưu');
    expect(host.querySelector<HTMLInputElement>('input[formcontrolname="name"]')!.value).toBe(
      'Tên mới của tôi',
    );
  });
});
