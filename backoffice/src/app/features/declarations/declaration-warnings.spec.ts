import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { LanguageState } from '../../core/i18n/language-state';
import { provideTestTranslations } from '../../../testing/test-translations';
import { DeclarationWarnings } from './declaration-warnings';

describe('DeclarationWarnings', () => {
  let fixture: ComponentFixture<DeclarationWarnings>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
    await TestBed.inject(LanguageState).use('en');
    fixture = TestBed.createComponent(DeclarationWarnings);
  });

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('names the traveller and the months of an expiring passport', () => {
    fixture.componentRef.setInput('warnings', [
      { path: 'travellers.1.documentExpiryDate', code: 'documentExpiresSoon', params: { months: '6' } },
    ]);
    fixture.detectChanges();

    expect(text()).toContain('Warnings to check');
    expect(text()).toContain('Companion 1 – Document expiry date: the document expires less than 6 months');
  });

  it('follows the interface language', async () => {
    fixture.componentRef.setInput('warnings', [
      { path: 'travellers.0.documentExpiryDate', code: 'documentExpiresSoon', params: { months: '6' } },
    ]);

    await TestBed.inject(LanguageState).use('vi');
    fixture.detectChanges();

    expect(text()).toContain(
      'Người khai chính – Ngày hết hạn giấy tờ: giấy tờ hết hạn trong vòng chưa đầy 6 tháng',
    );
  });

  it('shows nothing without warnings', () => {
    fixture.componentRef.setInput('warnings', []);
    fixture.detectChanges();

    expect(text().trim()).toBe('');
  });
});
