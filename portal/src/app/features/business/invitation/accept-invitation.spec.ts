import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { ApplicantSession } from '../../../core/auth/applicant-session';
import { businessView, configureBusinessPage, settle } from '../shared/business-testing';
import { AcceptInvitation } from './accept-invitation';

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';

describe('AcceptInvitation', () => {
  let fixture: ComponentFixture<AcceptInvitation>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function open(fragment: string | null, signedIn: boolean): Promise<void> {
    await configureBusinessPage({ fragment });
    http = TestBed.inject(HttpTestingController);
    spyOn(TestBed.inject(ApplicantSession), 'check').and.resolveTo(
      signedIn ? ({ id: 'a-1' } as never) : null,
    );
    spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    fixture = TestBed.createComponent(AcceptInvitation);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    fixture.detectChanges();
  }

  beforeEach(() => sessionStorage.clear());

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  it('asks a signed-out visitor to sign in and keeps the token for afterwards', async () => {
    await open(`token=${TOKEN}`, false);

    expect(host.textContent).toContain('Please sign in, or create an account');
    const links = [...host.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toContain('/login?returnUrl=%2Fbusiness%2Finvitation');
    expect(sessionStorage.getItem('smartgate.portal.invitationToken')).toBe(TOKEN);
  });

  it('accepts with the token kept from the link and shows the company', async () => {
    sessionStorage.setItem('smartgate.portal.invitationToken', TOKEN);
    await open(null, true);

    host.querySelector<HTMLButtonElement>('button')!.click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: '/api/applicant/business-invitations/accept' });
    expect(request.request.body).toEqual({ token: TOKEN });
    request.flush(businessView({ role: 'staff' }));
    await settle(fixture);
    fixture.detectChanges();

    expect(host.querySelector('[role="status"]')?.textContent).toContain('Công ty TNHH Nông sản Đức Cơ');
    expect(sessionStorage.getItem('smartgate.portal.invitationToken')).toBeNull();
  });

  it('explains a used or expired invitation', async () => {
    await open(`token=${TOKEN}`, true);

    host.querySelector<HTMLButtonElement>('button')!.click();
    await settle(fixture);
    http.expectOne('/api/applicant/business-invitations/accept').flush(
      {
        type: '/api/problems/not-found',
        title: 'Not found.',
        status: 404,
        detail: 'Ask for a new invitation.',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await settle(fixture);
    fixture.detectChanges();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Ask for a new invitation.');
  });

  it('explains the page when opened without a link', async () => {
    await open(null, true);

    expect(host.textContent).toContain('opens from the link in an invitation e-mail');
  });
});
