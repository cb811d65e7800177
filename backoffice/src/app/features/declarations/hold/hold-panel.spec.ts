import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { AssignmentView, OfficerProfile } from '@smartgate/shared-models';
import { of } from 'rxjs';

import { OfficerAuthApi } from '../../../core/api/officer-auth-api';
import { AuthState } from '../../../core/auth/auth-state';
import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { HoldPanel } from './hold-panel';

const ID = '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11';
const URL = `/api/officer/declarations/${ID}`;
const ME = 'officer-me';

function view(officerId: string | null): AssignmentView {
  return {
    declarationId: ID,
    status: 'submitted',
    version: 3,
    assignment: officerId
      ? {
          officerId,
          officerName: officerId === ME ? 'Trần Thị Bình' : 'Lê Văn Cường',
          assignedAt: '2026-12-01T03:00:00.000Z',
        }
      : null,
  };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('HoldPanel', () => {
  let fixture: ComponentFixture<HoldPanel>;
  let httpTesting: HttpTestingController;

  async function create(role: OfficerProfile['role'], holder: string | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
    const profile = { id: ME, username: 'me', fullName: 'Trần Thị Bình', role } as OfficerProfile;
    spyOn(TestBed.inject(OfficerAuthApi), 'currentOfficer').and.returnValue(of(profile));
    await TestBed.inject(AuthState).ensureOfficer();

    fixture = TestBed.createComponent(HoldPanel);
    fixture.componentRef.setInput('declarationId', ID);
    fixture.componentRef.setInput('version', 3);
    fixture.componentRef.setInput('status', 'submitted');
    fixture.detectChanges();
    httpTesting.expectOne(`${URL}/assignment`).flush(view(holder));
    await settle();
    fixture.detectChanges();
  }

  afterEach(() => httpTesting.verify());

  function text(): string {
    return ((fixture.nativeElement as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');
  }

  function button(name: string): HTMLButtonElement | undefined {
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === name,
    );
  }

  it('offers to take a declaration nobody holds', async () => {
    await create('reviewer', null);

    expect(text()).toContain('No officer is handling this declaration yet.');
    button('Take this declaration')!.click();

    const request = httpTesting.expectOne(`${URL}/assign`);
    expect(request.request.body).toEqual({ version: 3, takeOver: false });
    request.flush(view(ME));
    await settle();
    fixture.detectChanges();
    expect(text()).toContain('You are handling this declaration (since 01/12/2026 10:00).');
  });

  it('offers a gate officer nothing to take', async () => {
    await create('gate_officer', null);

    expect(text()).toContain('No officer is handling this declaration yet.');
    expect(button('Take this declaration')).toBeUndefined();
  });

  it('names another holder and offers no action to a reviewer', async () => {
    await create('reviewer', 'someone-else');

    expect(text()).toContain('Lê Văn Cường is handling this declaration (since 01/12/2026 10:00).');
    expect(button('Take it over')).toBeUndefined();
    expect(button('Take this declaration')).toBeUndefined();
  });

  it('lets a supervisor take it over', async () => {
    await create('supervisor', 'someone-else');

    button('Take it over')!.click();

    const request = httpTesting.expectOne(`${URL}/assign`);
    expect(request.request.body).toEqual({ version: 3, takeOver: true });
    request.flush(view(ME));
    await settle();
  });

  it('lets the holder return it to the queue', async () => {
    await create('reviewer', ME);

    button('Return it to the queue')!.click();

    const request = httpTesting.expectOne(`${URL}/release`);
    expect(request.request.body).toEqual({ version: 3 });
    request.flush(view(null));
    await settle();
    fixture.detectChanges();
    expect(text()).toContain('No officer is handling this declaration yet.');
  });

  it('shows the new holder when someone was faster', async () => {
    await create('reviewer', null);

    button('Take this declaration')!.click();
    httpTesting
      .expectOne(`${URL}/assign`)
      .flush(
        { type: '/api/problems/declaration-held', title: 'Held', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    httpTesting.expectOne(`${URL}/assignment`).flush(view('someone-else'));
    await settle();
    fixture.detectChanges();

    expect(text()).toContain('Lê Văn Cường is handling this declaration');
  });
});
