import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogRef } from '@angular/material/dialog';
import type { WatchlistImportResult } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { WatchlistImportDialog } from './watchlist-import-dialog';

const IMPORT_URL = '/api/officer/admin/watchlist/import';
const CSV = 'match_kind,value,reason,expires_on\nplate,81C,Too short,2027-01-01\n';

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('WatchlistImportDialog', () => {
  let fixture: ComponentFixture<WatchlistImportDialog>;
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
    fixture = TestBed.createComponent(WatchlistImportDialog);
    fixture.detectChanges();
  });

  afterEach(() => httpTesting.verify());

  async function chooseFile(content: string): Promise<void> {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      'input[type="file"]',
    )!;
    const files = new DataTransfer();
    files.items.add(new File([content], 'watchlist.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  async function answer(result: WatchlistImportResult): Promise<unknown> {
    const request = httpTesting.expectOne({ method: 'POST', url: IMPORT_URL });
    request.flush(result);
    await settle();
    fixture.detectChanges();
    return request.request.body;
  }

  function importButton(): HTMLButtonElement {
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Import'),
    )!;
  }

  it('checks the file first and lists every rejected row', async () => {
    await chooseFile(CSV);

    const sent = await answer({
      imported: 0,
      validRows: 0,
      dryRun: true,
      rejectedRows: [
        { row: 2, field: 'value', code: 'watchlistValueTooShort', message: 'Value is too short.' },
      ],
    });

    expect(sent).toEqual({ csv: CSV, dryRun: true });
    const cells = [...(fixture.nativeElement as HTMLElement).querySelectorAll('td')].map((cell) =>
      cell.textContent?.trim(),
    );
    expect(cells).toEqual(['2', 'value', 'Value is too short.']);
    expect(importButton().disabled).toBeTrue();
  });

  it('imports a valid file and closes with the count', async () => {
    await chooseFile('match_kind,value,reason,expires_on\nplate,81C-123.45,r,2027-01-01\n');
    await answer({ imported: 0, validRows: 1, dryRun: true, rejectedRows: [] });

    importButton().click();
    const sent = await answer({ imported: 1, validRows: 1, dryRun: false, rejectedRows: [] });

    expect(sent).toEqual(jasmine.objectContaining({ dryRun: false }));
    expect(close).toHaveBeenCalledWith(1);
  });
});
