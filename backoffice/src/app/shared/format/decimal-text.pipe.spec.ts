import { TestBed } from '@angular/core/testing';

import { LanguageState, type UiLanguage } from '../../core/i18n/language-state';
import { provideTestTranslations } from '../../../testing/test-translations';
import { DecimalTextPipe } from './decimal-text.pipe';

describe('DecimalTextPipe', () => {
  async function pipeIn(language: UiLanguage): Promise<DecimalTextPipe> {
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
    await TestBed.inject(LanguageState).use(language);
    return TestBed.runInInjectionContext(() => new DecimalTextPipe());
  }

  it('groups Vietnamese numbers with dots and a decimal comma', async () => {
    const pipe = await pipeIn('vi');

    expect(pipe.transform('0.3')).toBe('0,3');
    expect(pipe.transform('30000.1')).toBe('30.000,1');
    expect(pipe.transform('1234567.891')).toBe('1.234.567,891');
    expect(pipe.transform('28000')).toBe('28.000');
    expect(pipe.transform('-1234.5')).toBe('-1.234,5');
  });

  it('groups English numbers with commas and a decimal point', async () => {
    const pipe = await pipeIn('en');

    expect(pipe.transform('0.3')).toBe('0.3');
    expect(pipe.transform('30000.1')).toBe('30,000.1');
    expect(pipe.transform('1234567.891')).toBe('1,234,567.891');
    expect(pipe.transform('999')).toBe('999');
  });

  it('keeps digits beyond double precision', async () => {
    const pipe = await pipeIn('vi');

    expect(pipe.transform('12345678901234567890.000000000000000001')).toBe(
      '12.345.678.901.234.567.890,000000000000000001',
    );
  });

  it('returns text that is not a number unchanged', async () => {
    const pipe = await pipeIn('vi');

    expect(pipe.transform('-')).toBe('-');
    expect(pipe.transform('–')).toBe('–');
    expect(pipe.transform('1,5')).toBe('1,5');
  });

  it('leaves an absent value absent', async () => {
    const pipe = await pipeIn('en');

    expect(pipe.transform(null)).toBeNull();
    expect(pipe.transform(undefined)).toBeNull();
  });

  it('follows a switch of the interface language', async () => {
    const pipe = await pipeIn('vi');
    expect(pipe.transform('30000.1')).toBe('30.000,1');

    await TestBed.inject(LanguageState).use('en');

    expect(pipe.transform('30000.1')).toBe('30,000.1');
  });
});
