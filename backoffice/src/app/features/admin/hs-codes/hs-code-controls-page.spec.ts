import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import type { HsCodeOption } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { HsCodeControlsPage } from './hs-code-controls-page';

const URL = '/api/officer/reference/hs-codes';

const AMMONIUM_NITRATE: HsCodeOption = {
  code: '31023000',
  level: 8,
  descriptionVi: 'Amoni nitrat, có hoặc không ở trong dung dịch nước',
  descriptionEn: 'Ammonium nitrate, whether or not in aqueous solution',
  chapter: '31',
  parentCode: '3102',
  control: 'licence_required',
  effectiveControl: 'licence_required',
  controlSourceCode: '31023000',
  selectable: true,
};
const CASSAVA: HsCodeOption = {
  code: '07141011',
  level: 8,
  descriptionVi: 'Sắn lát khô',
  descriptionEn: 'Dried cassava chips',
  chapter: '07',
  parentCode: '071410',
  control: null,
  effectiveControl: null,
  controlSourceCode: null,
  selectable: true,
};
const WOOD_HEADING: HsCodeOption = {
  code: '4403',
  level: 4,
  descriptionVi: 'Gỗ cây dạng thô',
  descriptionEn: 'Wood in the rough',
  chapter: '44',
  parentCode: '44',
  control: null,
  effectiveControl: null,
  controlSourceCode: null,
  selectable: false,
};
const TROPICAL_LOG: HsCodeOption = {
  code: '44034910',
  level: 8,
  descriptionVi: 'Gỗ nhiệt đới dạng thô',
  descriptionEn: 'Tropical wood in the rough',
  chapter: '44',
  parentCode: '440349',
  control: null,
  effectiveControl: null,
  controlSourceCode: null,
  selectable: true,
};

/** Lets pending promise callbacks run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('HsCodeControlsPage', () => {
  let fixture: ComponentFixture<HsCodeControlsPage>;
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

    fixture = TestBed.createComponent(HsCodeControlsPage);
    fixture.detectChanges();
    httpTesting.expectOne(`${URL}?controlled=true`).flush([AMMONIUM_NITRATE]);
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
    fixture.detectChanges();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function rows(): string[][] {
    return [...page().querySelectorAll('tr.mat-mdc-row')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
    );
  }

  /** Chooses a control in a row's select, as its selection event reports it. */
  async function chooseControl(row: number, choice: string): Promise<void> {
    const select = fixture.debugElement.queryAll(By.css('mat-select'))[row];
    select.triggerEventHandler('selectionChange', { value: choice });
    await render();
  }

  function button(name: string): HTMLButtonElement {
    return [...page().querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === name,
    )!;
  }

  async function search(text: string, found: HsCodeOption[]): Promise<void> {
    const input = page().querySelector<HTMLInputElement>('form.search input')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    button('Search').click();
    httpTesting.expectOne(`${URL}?q=${encodeURIComponent(text)}`).flush(found);
    await render();
  }

  it('lists the controlled codes with their control', () => {
    expect(rows()).toEqual([
      ['3102.30.00', AMMONIUM_NITRATE.descriptionVi, AMMONIUM_NITRATE.descriptionEn, 'Licence required'],
    ]);
  });

  it('prohibits a code found by search, naming the control shown', async () => {
    await search('0714.10', [CASSAVA]);
    expect(page().textContent).toContain('Codes found for "0714.10"');

    await chooseControl(0, 'prohibited');

    const request = httpTesting.expectOne({ method: 'PUT', url: `${URL}/07141011/control` });
    expect(request.request.body).toEqual({ hsControl: 'prohibited', expectedHsControl: null });
    request.flush({ ...CASSAVA, control: 'prohibited' });
    await render();
    expect(rows()[0][3]).toBe('Prohibited');
  });

  it('reports a conflict, keeps the stored control and reloads', async () => {
    await chooseControl(0, 'none');
    httpTesting
      .expectOne({ method: 'PUT', url: `${URL}/31023000/control` })
      .flush(
        { type: '/api/problems/version-conflict', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await render();

    expect(page().textContent).toContain('Another administrator changed the control of this code first');
    expect(rows()[0][3]).toBe('Licence required');

    button('Reload the list').click();
    httpTesting.expectOne(`${URL}?controlled=true`).flush([{ ...AMMONIUM_NITRATE, control: 'prohibited' }]);
    await render();
    expect(page().textContent).not.toContain('Another administrator changed the control');
    expect(rows()[0][3]).toBe('Prohibited');
  });

  it('shows the control a code inherits from a code above it', async () => {
    const inherited = {
      ...TROPICAL_LOG,
      effectiveControl: 'licence_required' as const,
      controlSourceCode: '4403',
    };
    await search('4403', [{ ...WOOD_HEADING, control: 'licence_required' }, inherited]);

    expect(rows()[1][3]).toContain('No control');
    expect(rows()[1][3]).toContain('Goods lines under this code follow “Licence required”, set on 4403.');
    expect(rows()[0][3]).not.toContain('Goods lines under this code follow');
  });

  it('reads the codes under a changed heading again', async () => {
    await search('4403', [WOOD_HEADING, TROPICAL_LOG]);

    await chooseControl(0, 'licence_required');
    httpTesting.expectOne({ method: 'PUT', url: `${URL}/4403/control` }).flush({
      ...WOOD_HEADING,
      control: 'licence_required',
      effectiveControl: 'licence_required',
      controlSourceCode: '4403',
    });
    await render();
    httpTesting.expectOne(`${URL}?q=4403`).flush([
      {
        ...WOOD_HEADING,
        control: 'licence_required',
        effectiveControl: 'licence_required',
        controlSourceCode: '4403',
      },
      { ...TROPICAL_LOG, effectiveControl: 'licence_required', controlSourceCode: '4403' },
    ]);
    await render();

    expect(rows()[1][3]).toContain('set on 4403');
  });

  it('says when a search finds nothing', async () => {
    await search('zzz', []);

    expect(page().textContent).toContain('No HS code matches this search.');
  });
});
