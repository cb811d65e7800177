import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { AuditTrailPage, OfficerProfile, OfficerRole } from '@smartgate/shared-models';

import { AuthState } from '../../../core/auth/auth-state';
import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { RecordTrail } from './record-trail';

const DECLARATION_ID = '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11';
const TRAIL_URL = `/api/officer/declarations/${DECLARATION_ID}/trail`;

const PAGE: AuditTrailPage = {
  items: [
    {
      id: '42',
      at: '2026-12-05T01:30:00.000Z',
      actorType: 'officer',
      actorId: 'a1',
      officerName: 'Lê Văn Cường',
      officerUsername: 'cuong.le',
      action: 'declaration.approved',
      declarationId: DECLARATION_ID,
      referenceCode: 'LT-7K3Q-9C2M',
      ip: '10.0.0.7',
      details: null,
    },
  ],
  page: 1,
  pageSize: 10,
  total: 1,
  timeZone: 'Asia/Ho_Chi_Minh',
};

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('RecordTrail', () => {
  let fixture: ComponentFixture<RecordTrail>;
  let httpTesting: HttpTestingController;

  async function showAs(role: OfficerRole): Promise<void> {
    TestBed.inject(AuthState).update({ id: 'me', fullName: 'Trần Thị Mai', role } as OfficerProfile);
    fixture = TestBed.createComponent(RecordTrail);
    fixture.componentRef.setInput('declarationId', DECLARATION_ID);
    fixture.componentRef.setInput('version', 4);
    fixture.detectChanges();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    httpTesting.verify();
  });

  it('shows a supervisor who did what, in gate time and UTC, from where', async () => {
    await showAs('supervisor');

    httpTesting
      .expectOne((request) => request.url === TRAIL_URL && request.params.get('page') === '1')
      .flush(PAGE);
    await settle();
    fixture.detectChanges();

    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Audit trail of this declaration');
    expect(text).toContain('Lê Văn Cường');
    expect(text).toContain('Approved');
    expect(text).toContain('05/12/2026 08:30');
    expect(text).toContain('05/12/2026 01:30 UTC');
    expect(text).toContain('10.0.0.7');
  });

  it('shows nothing to a reviewer and asks for nothing', async () => {
    await showAs('reviewer');

    httpTesting.expectNone(TRAIL_URL);
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('');
  });
});
