import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ScreeningFlag } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { provideTestTranslations } from '../../../testing/test-translations';
import { ScreeningFlags } from './screening-flags';

const NO_DETAILS = {
  travellerPosition: null,
  goodsLinePosition: null,
  watchlistEntry: null,
  rejection: null,
  expiry: null,
};

const REJECTION_FLAG: ScreeningFlag = {
  ...NO_DETAILS,
  kind: 'earlier_rejection',
  subject: 'vehiclePlate',
  value: '81C-123.45',
  rejection: {
    declarationId: '9a1d2c3b-0000-4000-8000-000000000001',
    referenceCode: 'LT-7K3Q-9C2M',
    decidedAt: '2026-11-30T03:00:00.000Z',
    reason: 'Giấy tờ giả',
  },
};
const ATTACHMENT_FLAG: ScreeningFlag = {
  ...NO_DETAILS,
  kind: 'attachment_missing',
  subject: 'attachment',
  value: 'phytosanitary_certificate',
};
const GOODS_FLAG: ScreeningFlag = {
  ...NO_DETAILS,
  kind: 'goods_prohibited',
  subject: 'goodsLine',
  goodsLinePosition: 2,
  value: '38089190',
};

describe('ScreeningFlags', () => {
  async function render(flags: ScreeningFlag[], linkRejections = true): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideTestTranslations()] });
    await TestBed.inject(LanguageState).use('en');
    const fixture = TestBed.createComponent(ScreeningFlags);
    fixture.componentRef.setInput('flags', flags);
    fixture.componentRef.setInput('linkRejections', linkRejections);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('names the earlier rejection and links to it', async () => {
    const element = await render([REJECTION_FLAG]);

    expect(element.textContent).toContain('Earlier rejection');
    expect(element.textContent).toContain('LT-7K3Q-9C2M');
    expect(element.textContent).toContain('Giấy tờ giả');
    expect(element.querySelector('a')?.getAttribute('href')).toBe(
      '/declarations/9a1d2c3b-0000-4000-8000-000000000001',
    );
  });

  it('leaves the link out on the lane screen', async () => {
    const element = await render([REJECTION_FLAG], false);

    expect(element.querySelector('a')).toBeNull();
  });

  it('names attachment types and goods lines in words', async () => {
    const element = await render([ATTACHMENT_FLAG, GOODS_FLAG]);
    const [attachment, goods] = [...element.querySelectorAll('li')];

    expect(attachment.textContent).not.toContain('phytosanitary_certificate');
    expect(attachment.textContent).toContain('Required attachment missing');
    expect(goods.textContent).toContain('Goods line 3');
    expect(goods.textContent).toContain('38089190');
    expect(goods.classList).toContain('severe');
  });
});
