import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogRef } from '@angular/material/dialog';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { WatchlistEntryDialog } from './watchlist-entry-dialog';

const URL = '/api/officer/admin/watchlist';

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('WatchlistEntryDialog', () => {
  let fixture: ComponentFixture<WatchlistEntryDialog>;
  let httpTesting: HttpTestingController;
  let close: jasmine.Spy;

  beforeEach(async () => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations(),
        { provide: MatDialogRef, useValue: { close } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WatchlistEntryDialog);
    fixture.detectChanges();
  });

  afterEach(() => httpTesting.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function type(name: string, value: string): void {
    const field = element().querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[formcontrolname="${name}"]`,
    )!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element().querySelector('form')!.requestSubmit();
    await settle();
    fixture.detectChanges();
  }

  it('names a value too short to match without calling the API', async () => {
    type('value', 'C-12');
    type('reason', 'Lệnh truy nã');
    type('expiresOn', '2027-01-31');

    await submit();

    httpTesting.expectNone(URL);
    expect(element().textContent).toContain('too short to match safely');
  });

  it('sends the fields of the chosen kind and closes with the entry', async () => {
    type('value', 'C1234567');
    type('documentCountry', 'vnm');
    type('reason', 'Lệnh truy nã');
    type('expiresOn', '2027-01-31');

    await submit();
    const request = httpTesting.expectOne({ method: 'POST', url: URL });
    request.flush({ id: 'entry-1' });
    await settle();

    expect(request.request.body).toEqual({
      matchKind: 'document_number',
      value: 'C1234567',
      documentCountry: 'VNM',
      reason: 'Lệnh truy nã',
      expiresOn: '2027-01-31',
    });
    expect(close).toHaveBeenCalledWith({ id: 'entry-1' });
  });

  it('names the value field by match kind', async () => {
    await submit();
    httpTesting.expectNone(URL);
    expect(element().textContent).toContain('Document number is missing');

    fixture.componentInstance['form'].controls.matchKind.setValue('plate');
    await submit();
    httpTesting.expectNone(URL);
    expect(element().textContent).toContain('Plate number is missing');
    expect(element().textContent).not.toContain('Value is missing');
  });

  it('shows the API error on the field it names', async () => {
    type('value', 'C1234567');
    type('reason', 'Lệnh truy nã');
    type('expiresOn', '2027-01-31');

    await submit();
    httpTesting.expectOne(URL).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'Invalid',
        status: 422,
        errors: [{ path: 'value', code: 'watchlistDuplicateEntry', message: 'duplicate' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    fixture.detectChanges();

    expect(element().textContent).toContain('an active entry with this value already exists');
    expect(close).not.toHaveBeenCalled();
  });
});
