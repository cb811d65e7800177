import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ChangeRequestView } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { buildDeclaration } from '../../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { buildCargoDeclaration } from '../cargo/cargo-view.fixtures';
import { ChangeRequestHistory } from './change-request-history';

const ANSWERED: ChangeRequestView = {
  round: 1,
  comment: 'Ảnh chân dung bị mờ.',
  fieldComments: [{ field: 'travellers.1.photo', comment: 'Chụp lại ảnh rõ mặt.' }],
  requestedAt: '2026-12-01T04:00:00.000Z',
  requestedBy: 'Lê Thị Hoa',
  resubmittedAt: '2026-12-01T09:30:00.000Z',
};

const OPEN: ChangeRequestView = {
  round: 2,
  comment: null,
  fieldComments: [{ field: 'plannedCrossingDate', comment: 'Ngày này cửa khẩu nghỉ.' }],
  requestedAt: '2026-12-02T01:00:00.000Z',
  requestedBy: 'Trần Văn Nam',
  resubmittedAt: null,
};

describe('ChangeRequestHistory', () => {
  let fixture: ComponentFixture<ChangeRequestHistory>;

  function rounds(): string[] {
    // innerText puts line breaks between the term and description blocks, which textContent runs together.
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('li.round')].map(
      (round) => round.innerText.replace(/\s+/g, ' ').trim(),
    );
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
    await TestBed.inject(LanguageState).use('vi');
    fixture = TestBed.createComponent(ChangeRequestHistory);
  });

  it('shows nothing for a declaration never sent back', async () => {
    fixture.componentRef.setInput('declaration', buildDeclaration());
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('section')).toBeNull();
  });

  it('shows each round with the officer, the fields and the resubmission', async () => {
    fixture.componentRef.setInput(
      'declaration',
      buildDeclaration({
        status: 'changes_requested',
        changeRequest: OPEN,
        changeRequests: [ANSWERED, OPEN],
      }),
    );
    await fixture.whenStable();

    const [first, second] = rounds();
    expect(first).toContain('Lần 1');
    expect(first).toContain('Lê Thị Hoa trả lại lúc 01/12/2026 11:00');
    expect(first).toContain('Nhận xét chung Ảnh chân dung bị mờ.');
    expect(first).toContain('Người đi cùng 1 – Ảnh chân dung Chụp lại ảnh rõ mặt.');
    expect(first).toContain('Người khai đã nộp lại tờ khai đã sửa lúc 01/12/2026 16:30.');
    expect(second).toContain('Trần Văn Nam trả lại lúc 02/12/2026 08:00');
    expect(second).toContain('Ngày dự kiến qua cửa khẩu Ngày này cửa khẩu nghỉ.');
    expect(second).toContain('Đang chờ người khai sửa đổi.');
  });

  it('names the driver and crew of a cargo declaration', async () => {
    const cargo = buildCargoDeclaration();
    fixture.componentRef.setInput('declaration', { ...cargo, changeRequests: [ANSWERED] });
    await fixture.whenStable();

    expect(rounds()[0]).toContain('Phụ xe thứ 1 – Ảnh chân dung Chụp lại ảnh rõ mặt.');
    expect(rounds()[0]).not.toContain('Người đi cùng');
  });

  it('names the fields in English after a language switch', async () => {
    fixture.componentRef.setInput('declaration', buildDeclaration({ changeRequests: [ANSWERED] }));
    await fixture.whenStable();

    await TestBed.inject(LanguageState).use('en');
    await fixture.whenStable();

    expect(rounds()[0]).toContain('Companion 1 – Portrait photo');
    expect(rounds()[0]).toContain('Sent back by Lê Thị Hoa at 01/12/2026 11:00');
  });
});
