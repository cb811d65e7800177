import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ReasonTemplate } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { ReasonTemplatesPage } from './reason-templates-page';

const ADMIN_URL = '/api/officer/admin/reason-templates';

function template(overrides: Partial<ReasonTemplate>): ReasonTemplate {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    reasonKind: 'rejection',
    textVi: 'Giấy tờ đã hết hạn.',
    textEn: 'The document has expired.',
    active: true,
    sortOrder: 1,
    version: 1,
    ...overrides,
  };
}

const EXPIRED = template({});
const WRONG_GATE = template({
  id: '00000000-0000-4000-8000-000000000002',
  textVi: 'Sai cửa khẩu.',
  textEn: 'Wrong border gate.',
  sortOrder: 2,
});
const PHOTO = template({
  id: '00000000-0000-4000-8000-000000000003',
  reasonKind: 'change_request',
  textVi: 'Ảnh không rõ mặt.',
  textEn: 'The face is not visible.',
});

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('ReasonTemplatesPage', () => {
  let fixture: ComponentFixture<ReasonTemplatesPage>;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
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

    fixture = TestBed.createComponent(ReasonTemplatesPage);
    fixture.detectChanges();
    httpTesting.expectOne({ method: 'GET', url: ADMIN_URL }).flush([EXPIRED, WRONG_GATE, PHOTO]);
    await render();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
  }

  function section(kindHeading: string): HTMLElement {
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('section.kind')].find(
      (candidate) => candidate.querySelector('h2')?.textContent?.trim() === kindHeading,
    )!;
  }

  function button(root: ParentNode, name: string): HTMLButtonElement {
    return [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent?.trim() === name || candidate.getAttribute('aria-label') === name,
    )!;
  }

  it('lists each kind in order with both languages', () => {
    const rejection = section('Rejection reasons').textContent ?? '';

    expect(rejection).toContain('Giấy tờ đã hết hạn.');
    expect(rejection).toContain('The document has expired.');
    expect(rejection.indexOf('Giấy tờ đã hết hạn.')).toBeLessThan(rejection.indexOf('Sai cửa khẩu.'));
    expect(section('Reasons to send back for changes').textContent).toContain('Ảnh không rõ mặt.');
  });

  it('moves a template down', async () => {
    button(section('Rejection reasons'), 'Move template 1 down').click();

    const request = httpTesting.expectOne({ method: 'PUT', url: `${ADMIN_URL}/order` });
    expect(request.request.body).toEqual({
      reasonKind: 'rejection',
      templates: [
        { id: WRONG_GATE.id, version: 1 },
        { id: EXPIRED.id, version: 1 },
      ],
    });
    request.flush([{ ...WRONG_GATE, sortOrder: 1 }, { ...EXPIRED, sortOrder: 2 }, PHOTO]);
    await render();

    const rejection = section('Rejection reasons').textContent ?? '';
    expect(rejection.indexOf('Sai cửa khẩu.')).toBeLessThan(rejection.indexOf('Giấy tờ đã hết hạn.'));
  });

  it('says so and reloads the list when another administrator changed it first', async () => {
    button(section('Rejection reasons'), 'Move template 1 down').click();

    httpTesting
      .expectOne({ method: 'PUT', url: `${ADMIN_URL}/order` })
      .flush(
        { type: '/api/problems/version-conflict', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    const newer = template({ id: '00000000-0000-4000-8000-000000000005', textVi: 'Mẫu mới.', sortOrder: 3 });
    httpTesting.expectOne({ method: 'GET', url: ADMIN_URL }).flush([EXPIRED, WRONG_GATE, newer, PHOTO]);
    await render();

    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Another administrator changed these templates first');
    expect(section('Rejection reasons').textContent).toContain('Mẫu mới.');
  });

  it('deactivates a template at its version', async () => {
    button(section('Reasons to send back for changes'), 'Deactivate').click();

    const request = httpTesting.expectOne({ method: 'PUT', url: `${ADMIN_URL}/${PHOTO.id}` });
    expect(request.request.body).toEqual({
      version: 1,
      textVi: PHOTO.textVi,
      textEn: PHOTO.textEn,
      active: false,
    });
    request.flush({ ...PHOTO, active: false, version: 2 });
    await render();

    expect(section('Reasons to send back for changes').textContent).toContain('Use again');
  });

  it('adds a template through the dialog', async () => {
    button(section('Rejection reasons'), 'Add a template').click();
    await render();
    const dialog = document.querySelector<HTMLElement>('sg-reason-template-dialog')!;
    const [vietnamese, english] = [...dialog.querySelectorAll('textarea')];
    vietnamese.value = '  Hồ sơ trùng lặp. ';
    vietnamese.dispatchEvent(new Event('input'));
    english.value = 'Duplicate declaration.';
    english.dispatchEvent(new Event('input'));
    button(dialog, 'Save').click();
    await render();

    const request = httpTesting.expectOne({ method: 'POST', url: ADMIN_URL });
    expect(request.request.body).toEqual({
      reasonKind: 'rejection',
      textVi: 'Hồ sơ trùng lặp.',
      textEn: 'Duplicate declaration.',
    });
    request.flush(
      template({ id: '00000000-0000-4000-8000-000000000004', textVi: 'Hồ sơ trùng lặp.', sortOrder: 3 }),
    );
    await render();

    expect(section('Rejection reasons').textContent).toContain('Hồ sơ trùng lặp.');
  });

  it('names a missing text in the dialog', async () => {
    button(section('Rejection reasons'), 'Add a template').click();
    await render();
    const dialog = document.querySelector<HTMLElement>('sg-reason-template-dialog')!;

    button(dialog, 'Save').click();
    await render();

    httpTesting.expectNone({ method: 'POST', url: ADMIN_URL });
    expect(dialog.textContent).toContain('Vietnamese text is missing.');
  });
});
