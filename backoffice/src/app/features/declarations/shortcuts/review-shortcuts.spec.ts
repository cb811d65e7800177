import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { QueuePage } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { buildDeclaration } from '../../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { DeclarationReview } from '../declaration-review';
import { QueueNavigation } from './queue-navigation';
import { ReviewShortcuts } from './review-shortcuts';

const DECLARATION = buildDeclaration();
const NEXT_ID = '0b7c4d21-6a55-4f0e-8c9b-2f3a4b5c6d7e';

/** A review page reduced to the shortcuts, a field to type in, and a log of the decisions asked for. */
@Component({
  imports: [ReviewShortcuts],
  providers: [DeclarationReview],
  template: `
    <textarea aria-label="Notes"></textarea>
    <sg-review-shortcuts
      (approve)="log.push('approve')"
      (reject)="log.push('reject')"
      (sendBack)="log.push('sendBack')"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ReviewPageHost {
  readonly review = inject(DeclarationReview);
  readonly log: string[] = [];
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('ReviewShortcuts', () => {
  let fixture: ComponentFixture<ReviewPageHost>;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(ReviewPageHost);
    fixture.detectChanges();
    const loading = fixture.componentInstance.review.load(DECLARATION.id);
    httpTesting.expectOne(`/api/officer/declarations/${DECLARATION.id}`).flush(DECLARATION);
    await loading;
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  function press(key: string, target: HTMLElement = document.body): void {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  }

  function dialogButton(name: string): HTMLButtonElement | undefined {
    return [...document.querySelectorAll<HTMLButtonElement>('.cdk-overlay-container button')].find(
      (button) => button.textContent?.trim() === name,
    );
  }

  it('asks for confirmation before approving', async () => {
    press('a');
    await settle();

    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain(
      'Approve declaration LT-7K3Q-9C2M?',
    );
    expect(fixture.componentInstance.log).toEqual([]);

    dialogButton('Approve')!.click();
    await settle();

    expect(fixture.componentInstance.log).toEqual(['approve']);
  });

  it('approves nothing when the confirmation is cancelled', async () => {
    press('A');
    await settle();
    dialogButton('Cancel')!.click();
    await settle();

    expect(fixture.componentInstance.log).toEqual([]);
  });

  it('opens the reject and send-back dialogs', () => {
    press('r');
    press('s');

    expect(fixture.componentInstance.log).toEqual(['reject', 'sendBack']);
  });

  it('never fires while the officer types', () => {
    const notes = (fixture.nativeElement as HTMLElement).querySelector('textarea')!;

    press('a', notes);
    press('r', notes);
    press('j', notes);

    expect(fixture.componentInstance.log).toEqual([]);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('ignores keys while a dialog is open', async () => {
    press('?');
    await settle();
    press('r');

    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain('Review shortcuts');
    expect(fixture.componentInstance.log).toEqual([]);
  });

  it('offers no decision once the declaration is decided', async () => {
    const loading = fixture.componentInstance.review.load(DECLARATION.id);
    httpTesting
      .expectOne(`/api/officer/declarations/${DECLARATION.id}`)
      .flush({ ...DECLARATION, status: 'approved', version: 4 });
    await loading;

    press('a');
    press('r');
    await settle();

    expect(fixture.componentInstance.log).toEqual([]);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('opens the next record of the remembered queue page', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    TestBed.inject(QueueNavigation).remember({ queue: 'new', page: 1, pageSize: 20 }, [
      DECLARATION.id,
      NEXT_ID,
    ]);

    press('j');
    await settle();

    expect(navigate).toHaveBeenCalledOnceWith(['/declarations', NEXT_ID]);
  });

  it('reads the queue again when the record left it', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    TestBed.inject(QueueNavigation).remember({ queue: 'new', page: 1, pageSize: 20 }, []);

    press('n');
    const page: Partial<QueuePage> = { items: [{ id: NEXT_ID } as QueuePage['items'][number]], total: 1 };
    httpTesting.expectOne((request) => request.url === '/api/officer/declarations').flush(page);
    await settle();

    expect(navigate).toHaveBeenCalledOnceWith(['/declarations', NEXT_ID]);
  });

  it('says so when the queue has no other record', async () => {
    TestBed.inject(QueueNavigation).remember({ queue: 'new', page: 1, pageSize: 20 }, []);

    press('j');
    httpTesting
      .expectOne((request) => request.url === '/api/officer/declarations')
      .flush({ items: [{ id: DECLARATION.id }], total: 1, page: 1, pageSize: 20 });
    await settle();

    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain(
      'There is no other declaration in this queue.',
    );
  });
});
