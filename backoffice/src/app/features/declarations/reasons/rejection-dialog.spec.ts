import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import type { ReasonTemplate } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { RejectionDialog, type RejectionDraft } from './rejection-dialog';

const TEMPLATE: ReasonTemplate = {
  id: '5d2f6c1e-8a3b-4c7d-9e0f-1a2b3c4d5e6f',
  reasonKind: 'rejection',
  textVi: 'Giấy tờ đã hết hạn.',
  textEn: 'The document has expired.',
  active: true,
  sortOrder: 1,
  version: 1,
};

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('RejectionDialog', () => {
  let httpTesting: HttpTestingController;
  let closed: Promise<RejectionDraft | undefined>;

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

    const dialogRef = TestBed.inject(MatDialog).open<RejectionDialog, void, RejectionDraft>(RejectionDialog);
    closed = firstValueFrom(dialogRef.afterClosed());
    httpTesting
      .expectOne(
        (request) =>
          request.url === '/api/officer/reason-templates' && request.params.get('reasonKind') === 'rejection',
      )
      .flush([TEMPLATE]);
    await settle();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  function overlay(): HTMLElement {
    return document.querySelector<HTMLElement>('.cdk-overlay-container')!;
  }

  function button(name: string): HTMLButtonElement {
    return [...overlay().querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === name,
    )!;
  }

  async function pickTemplate(label: string): Promise<void> {
    overlay().querySelector<HTMLElement>('mat-select')!.click();
    await settle();
    [...overlay().querySelectorAll<HTMLElement>('mat-option')]
      .find((option) => option.textContent?.trim() === label)!
      .click();
    await settle();
  }

  function typeReason(text: string): void {
    const textarea = overlay().querySelector('textarea')!;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
  }

  it('closes with the picked template and the free text', async () => {
    await pickTemplate('The document has expired.');
    typeReason('  Passport ended on 01/12/2026.  ');
    button('Confirm rejection').click();

    expect(await closed).toEqual({ templateId: TEMPLATE.id, reason: 'Passport ended on 01/12/2026.' });
  });

  it('closes with the template alone', async () => {
    await pickTemplate('The document has expired.');
    button('Confirm rejection').click();

    expect(await closed).toEqual({ templateId: TEMPLATE.id });
  });

  it('requires free text without a template', async () => {
    typeReason('   ');
    button('Confirm rejection').click();
    await settle();

    expect(overlay().textContent).toContain('Reason is missing.');
    expect(overlay().querySelector('mat-dialog-container')).not.toBeNull();
  });
});
