import { provideHttpClient } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { ChangeRequestView, DeclarationView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import { ChangeRequestHistory } from './change-request-history';

const FIRST_ROUND: ChangeRequestView = {
  round: 1,
  comment: null,
  fieldComments: [{ field: 'travellers.0.fullName', comment: 'Write the name as in the passport.' }],
  requestedAt: '2026-03-01T03:00:00.000Z',
  resubmittedAt: '2026-03-01T05:30:00.000Z',
};

const SECOND_ROUND: ChangeRequestView = {
  round: 2,
  comment: 'The photo is blurred.',
  fieldComments: [],
  requestedAt: '2026-03-02T03:00:00.000Z',
  resubmittedAt: null,
};

function declaration(overrides: Partial<DeclarationView>): DeclarationView {
  return {
    id: 'd-1',
    status: 'submitted',
    version: 5,
    data: { travellers: [] },
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-02T03:00:00.000Z',
    submittedAt: '2026-03-01T02:30:00.000Z',
    decidedAt: null,
    rejectionReason: null,
    result: null,
    ...overrides,
  };
}

describe('ChangeRequestHistory', () => {
  let fixture: ComponentFixture<ChangeRequestHistory>;

  function rounds(): string[] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li.round')).map(
      (round) => round.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }

  async function show(view: DeclarationView): Promise<void> {
    fixture.componentRef.setInput('declaration', view);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideDateInputs(), provideTranslateService({ fallbackLang: 'en' })],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    await new Promise((resolve) => translate.use('en').subscribe(resolve));

    fixture = TestBed.createComponent(ChangeRequestHistory);
  });

  it('shows nothing for a declaration never sent back', async () => {
    await show(declaration({ changeRequests: [] }));

    expect((fixture.nativeElement as HTMLElement).querySelector('section')).toBeNull();
  });

  it('keeps every round with its comments and resubmission', async () => {
    await show(
      declaration({
        changeRequests: [FIRST_ROUND, { ...SECOND_ROUND, resubmittedAt: '2026-03-02T04:00:00.000Z' }],
      }),
    );

    const [first, second] = rounds();
    expect(first).toContain('Request 1');
    expect(first).toContain('Sent by the border officer on 01/03/2026, 10:00');
    expect(first).toContain('Lead traveller – Full name');
    expect(first).toContain('Write the name as in the passport.');
    expect(first).toContain('You submitted the changed declaration on 01/03/2026, 12:30.');
    expect(second).toContain('The photo is blurred.');
    expect(second).toContain('You submitted the changed declaration on 02/03/2026, 11:00.');
  });

  it('marks the open round as waiting for changes', async () => {
    await show(
      declaration({
        status: 'changes_requested',
        changeRequest: SECOND_ROUND,
        changeRequests: [FIRST_ROUND, SECOND_ROUND],
      }),
    );

    expect(rounds()[1]).toContain('Waiting for your changes.');
  });

  it('marks a round left by a withdrawal as not answered', async () => {
    await show(declaration({ status: 'withdrawn', changeRequest: null, changeRequests: [SECOND_ROUND] }));

    expect(rounds()[0]).toContain('Not answered: the declaration was withdrawn.');
  });
});
