import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { OfficerAccount } from '@smartgate/shared-models';
import { of } from 'rxjs';

import { AuthState } from '../../../core/auth/auth-state';
import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { OfficersPage } from './officers-page';

function account(overrides: Partial<OfficerAccount> = {}): OfficerAccount {
  return {
    id: 'officer-2',
    username: 'binh.tran',
    fullName: 'Trần Thị Bình',
    role: 'reviewer',
    gateCodes: ['LT'],
    active: true,
    totpEnrolled: true,
    passwordChangeRequired: false,
    lockedUntil: null,
    lastSignInAt: null,
    createdAt: '2026-12-01T01:00:00.000Z',
    ...overrides,
  };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('OfficersPage', () => {
  let fixture: ComponentFixture<OfficersPage>;
  let httpTesting: HttpTestingController;
  let dialog: jasmine.SpyObj<MatDialog>;

  beforeEach(async () => {
    dialog = jasmine.createSpyObj<MatDialog>('MatDialog', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        { provide: MatDialog, useValue: dialog },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    TestBed.inject(AuthState).update({
      id: 'admin-1',
      username: 'admin',
      fullName: 'Quản trị',
      role: 'administrator',
      gateCodes: ['LT'],
      passwordChangeRequired: false,
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OfficersPage);
    fixture.detectChanges();
  });

  afterEach(() => httpTesting.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  async function load(officers: OfficerAccount[]): Promise<void> {
    httpTesting.expectOne('/api/officer/admin/officers').flush(officers);
    httpTesting.expectOne('/api/public/gates').flush([]);
    await settle();
    fixture.detectChanges();
  }

  it('lists officers with role, gates and state', async () => {
    await load([
      account(),
      account({
        id: 'officer-3',
        username: 'cuong.le',
        role: 'supervisor',
        active: false,
        totpEnrolled: false,
        lockedUntil: '2026-12-05T03:15:00.000Z',
      }),
    ]);

    const rows = [...element().querySelectorAll('tr.mat-mdc-row')].map((row) => row.textContent ?? '');
    expect(rows.length).toBe(2);
    expect(rows[0]).toContain('binh.tran');
    expect(rows[0]).toContain('Reviewer');
    expect(rows[0]).toContain('Active');
    expect(rows[1]).toContain('Supervisor');
    expect(rows[1]).toContain('Disabled');
    expect(rows[1]).toContain('Locked until 05/12/2026 10:15');
    expect(rows[1]).toContain('Authenticator not set up');
  });

  async function chooseAction(label: string): Promise<void> {
    element().querySelector<HTMLButtonElement>('tr.mat-mdc-row button')!.click();
    fixture.detectChanges();
    await settle();
    const items = [...document.querySelectorAll<HTMLButtonElement>('.mat-mdc-menu-panel button')];
    items.find((item) => item.textContent?.trim() === label)!.click();
    await settle();
    fixture.detectChanges();
  }

  it('disables an officer after confirmation', async () => {
    await load([account()]);
    dialog.open.and.returnValue({ afterClosed: () => of(true) } as never);

    await chooseAction('Disable');
    httpTesting
      .expectOne({ method: 'POST', url: '/api/officer/admin/officers/officer-2/disable' })
      .flush(account({ active: false }));
    await settle();
    fixture.detectChanges();

    expect(element().querySelector('tr.mat-mdc-row')?.textContent).toContain('Disabled');
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    await load([account()]);
    dialog.open.and.returnValue({ afterClosed: () => of(false) } as never);

    await chooseAction('Reset authenticator');

    httpTesting.expectNone('/api/officer/admin/officers/officer-2/totp-reset');
    expect(dialog.open).toHaveBeenCalledTimes(1);
  });

  it('offers no disabling of the own account', async () => {
    await load([account({ id: 'admin-1', username: 'admin', role: 'administrator' })]);

    element().querySelector<HTMLButtonElement>('tr.mat-mdc-row button')!.click();
    fixture.detectChanges();
    await settle();

    const labels = [...document.querySelectorAll('.mat-mdc-menu-panel button')].map((item) =>
      item.textContent?.trim(),
    );
    expect(labels).toEqual(['Change name, role or gates']);
  });
});
