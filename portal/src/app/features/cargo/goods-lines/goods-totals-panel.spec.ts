import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import english from '../../../../../public/i18n/en.json';
import { GoodsTotalsPanel } from './goods-totals-panel';

describe('GoodsTotalsPanel', () => {
  let fixture: ComponentFixture<GoodsTotalsPanel>;

  function total(kind: string): string {
    const element = (fixture.nativeElement as HTMLElement).querySelector(`[data-total="${kind}"]`);
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async function show(lines: Record<string, string | undefined>[]): Promise<void> {
    fixture.componentRef.setInput('lines', lines);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService({ fallbackLang: 'en' })] });
    TestBed.inject(TranslateService).setTranslation('en', english);
    await TestBed.inject(TranslateService).use('en');
    fixture = TestBed.createComponent(GoodsTotalsPanel);
  });

  it('adds 0.1 kg and 0.2 kg as 0.3 kg', async () => {
    await show([
      { netWeightKg: '0.1', grossWeightKg: '0.2' },
      { netWeightKg: '0.2', grossWeightKg: '0.2' },
    ]);

    expect(total('net')).toBe('0.3 kg (0.0003 t)');
    expect(total('gross')).toBe('0.4 kg (0.0004 t)');
  });

  it('totals values per currency', async () => {
    await show([
      { value: '6720.5', currency: 'USD' },
      { value: '0.1', currency: 'USD' },
      { value: '150000000', currency: 'VND' },
    ]);

    expect(total('value')).toBe('6720.6 USD; 150000000 VND');
  });

  it('skips figures that are not decimals yet', async () => {
    await show([{ netWeightKg: '12,5' }, { netWeightKg: '28000' }]);

    expect(total('net')).toBe('28000 kg (28 t)');
  });
});
