import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { ChangeRequestView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import { ChangeRequestPanel } from './change-request-panel';
import { FieldComments } from './field-comments';

const OPEN_REQUEST: ChangeRequestView = {
  round: 2,
  comment: 'Please correct the companion’s passport.',
  fieldComments: [
    { field: 'travellers.1.documentNumber', comment: 'The number does not match the photo.' },
    { field: 'plannedCrossingDate', comment: 'The gate is closed that day.' },
  ],
  // 03:00 UTC is 10:00 at the gate.
  requestedAt: '2026-03-01T03:00:00.000Z',
  resubmittedAt: null,
};

describe('ChangeRequestPanel', () => {
  let fixture: ComponentFixture<ChangeRequestPanel>;
  let comments: FieldComments;

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideDateInputs(),
        provideTranslateService({ fallbackLang: 'en' }),
        FieldComments,
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    await new Promise((resolve) => translate.use('en').subscribe(resolve));

    comments = TestBed.inject(FieldComments);
    fixture = TestBed.createComponent(ChangeRequestPanel);
    await fixture.whenStable();
  });

  it('shows nothing without an open request', () => {
    expect((fixture.nativeElement as HTMLElement).querySelector('section')).toBeNull();
  });

  it('shows the general comment and the round', async () => {
    comments.show(OPEN_REQUEST);
    await fixture.whenStable();

    expect(text()).toContain('The border officer asked you to change this declaration');
    expect(text()).toContain('Request 2, sent 01/03/2026, 10:00.');
    expect(text()).toContain('Please correct the companion’s passport.');
  });

  it('lists each field by its label with the comment', async () => {
    comments.show(OPEN_REQUEST);
    await fixture.whenStable();

    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li')).map((item) =>
      item.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'Companion 1 – Document number The number does not match the photo.',
      'Planned crossing date The gate is closed that day.',
    ]);
  });

  it('moves to the field when its name is clicked', async () => {
    comments.show(OPEN_REQUEST);
    await fixture.whenStable();
    const focusField = spyOn(comments, 'focusField').and.returnValue(true);

    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button.field-link')!.click();

    expect(focusField).toHaveBeenCalledOnceWith('travellers.1.documentNumber');
  });
});
