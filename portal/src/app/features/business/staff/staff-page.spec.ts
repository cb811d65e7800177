import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import type { BusinessInvitationView, BusinessMemberView } from '@smartgate/shared-models';
import { of } from 'rxjs';

import { ApplicantSession } from '../../../core/auth/applicant-session';
import { BUSINESS_URL, businessView, configureBusinessPage, settle } from '../shared/business-testing';
import { StaffPage } from './staff-page';

const ADMINISTRATOR: BusinessMemberView = {
  applicantId: 'a-1',
  fullName: 'Phạm Văn Hùng',
  email: 'hung@example.vn',
  role: 'administrator',
  joinedAt: '2026-12-01T02:00:00.000Z',
};

const STAFF: BusinessMemberView = {
  applicantId: 's-1',
  fullName: 'Lê Thị Mai',
  email: 'mai@example.vn',
  role: 'staff',
  joinedAt: '2026-12-02T02:00:00.000Z',
};

const INVITATION: BusinessInvitationView = {
  id: 'i-1',
  email: 'new@example.vn',
  role: 'staff',
  invitedByName: 'Phạm Văn Hùng',
  expiresAt: '2026-12-09T02:00:00.000Z',
  createdAt: '2026-12-02T02:00:00.000Z',
};

describe('StaffPage', () => {
  let fixture: ComponentFixture<StaffPage>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function open(role: 'administrator' | 'staff', myId: string): Promise<void> {
    const session = TestBed.inject(ApplicantSession);
    spyOn(session, 'profile').and.returnValue({
      id: myId,
      email: 'me@example.vn',
      fullName: 'Me',
      preferredLanguage: 'en',
    } as never);
    fixture = TestBed.createComponent(StaffPage);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);

    http.expectOne(BUSINESS_URL).flush(businessView({ role }));
    await settle(fixture);
    http.expectOne(`${BUSINESS_URL}/members`).flush([ADMINISTRATOR, STAFF]);
    await settle(fixture);
    if (role === 'administrator') {
      http.expectOne(`${BUSINESS_URL}/invitations`).flush([INVITATION]);
      await settle(fixture);
    }
    fixture.detectChanges();
  }

  function buttons(): string[] {
    return [...host.querySelectorAll('button')].map((button) => button.textContent?.trim() ?? '');
  }

  beforeEach(async () => {
    await configureBusinessPage();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lets an administrator invite, remove staff and withdraw invitations', async () => {
    await open('administrator', ADMINISTRATOR.applicantId);

    expect(host.textContent).toContain('Lê Thị Mai');
    expect(host.textContent).toContain('new@example.vn');
    expect(buttons()).toContain('Remove');
    expect(buttons()).toContain('Send invitation');
    expect(buttons()).toContain('Withdraw');
  });

  it('shows staff the members only, with a way to leave', async () => {
    await open('staff', STAFF.applicantId);

    expect(host.textContent).toContain('Phạm Văn Hùng');
    expect(buttons()).not.toContain('Remove');
    expect(buttons()).not.toContain('Send invitation');
    expect(buttons()).toContain('Leave the company');
  });

  it('goes to the company list after leaving', async () => {
    await open('staff', STAFF.applicantId);
    spyOn(TestBed.inject(MatDialog), 'open').and.returnValue({ afterClosed: () => of(true) } as never);
    const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);

    [...host.querySelectorAll('button')].find((button) => button.textContent?.includes('Leave'))!.click();
    await settle(fixture);
    http.expectOne({ method: 'DELETE', url: `${BUSINESS_URL}/members/s-1` }).flush(null);
    await settle(fixture);

    expect(navigate).toHaveBeenCalledWith('/business');
  });

  it('removes a member after confirmation and shows why a removal failed', async () => {
    await open('administrator', ADMINISTRATOR.applicantId);
    spyOn(TestBed.inject(MatDialog), 'open').and.returnValue({ afterClosed: () => of(true) } as never);

    host.querySelector<HTMLButtonElement>('button[aria-label="Remove Lê Thị Mai"]')!.click();
    await settle(fixture);
    http.expectOne({ method: 'DELETE', url: `${BUSINESS_URL}/members/s-1` }).flush(
      {
        type: '/api/problems/business-membership-conflict',
        title: 'x',
        status: 409,
        detail: 'Cannot remove.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    http.expectOne(`${BUSINESS_URL}/members`).flush([ADMINISTRATOR, STAFF]);
    await settle(fixture);
    http.expectOne(`${BUSINESS_URL}/invitations`).flush([]);
    await settle(fixture);
    fixture.detectChanges();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Cannot remove.');
  });

  it('sends an invitation with the chosen role and reloads the pending list', async () => {
    await open('administrator', ADMINISTRATOR.applicantId);
    const email = host.querySelector<HTMLInputElement>('sg-invite-form input[type="email"]')!;
    email.value = 'Friend@Example.vn';
    email.dispatchEvent(new Event('input'));

    host.querySelector<HTMLButtonElement>('sg-invite-form button[type="submit"]')!.click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: `${BUSINESS_URL}/invitations` });
    expect(request.request.body).toEqual({ email: 'friend@example.vn', role: 'staff', language: 'vi' });
    request.flush({ ...INVITATION, id: 'i-2', email: 'friend@example.vn' });
    await settle(fixture);
    http.expectOne(`${BUSINESS_URL}/members`).flush([ADMINISTRATOR, STAFF]);
    await settle(fixture);
    http.expectOne(`${BUSINESS_URL}/invitations`).flush([INVITATION]);
    await settle(fixture);
    fixture.detectChanges();

    expect(host.querySelector('[role="status"]')?.textContent).toContain('friend@example.vn');
  });
});
