import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { ChangeRequestView } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { FieldCommentAnchor } from './field-comment-anchor';
import { FieldComments } from './field-comments';

const OPEN_REQUEST: ChangeRequestView = {
  round: 1,
  comment: 'Please check the dates.',
  fieldComments: [{ field: 'travellers.1.documentNumber', comment: 'The number does not match the photo.' }],
  requestedAt: '2026-03-01T03:00:00.000Z',
  resubmittedAt: null,
};

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldCommentAnchor],
  template: `
    <mat-form-field class="number" [sgFieldComment]="['travellers', 1, 'documentNumber']">
      <mat-label>Document number</mat-label>
      <input matInput [formControl]="number" />
      <mat-hint>5 to 20 letters and digits</mat-hint>
    </mat-form-field>
    <mat-form-field class="name" sgFieldComment="travellers.1.fullName">
      <mat-label>Full name</mat-label>
      <input matInput [formControl]="name" />
    </mat-form-field>
  `,
})
class TravellerFieldsHost {
  readonly number = new FormControl('C7654321');
  readonly name = new FormControl('Nguyễn Thị Hoa');
}

describe('FieldCommentAnchor', () => {
  let fixture: ComponentFixture<TravellerFieldsHost>;
  let comments: FieldComments;

  function field(name: string): HTMLElement {
    return (fixture.nativeElement as HTMLElement).querySelector(`mat-form-field.${name}`)!;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideTranslateService({ fallbackLang: 'en' }), FieldComments],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    await new Promise((resolve) => translate.use('en').subscribe(resolve));

    comments = TestBed.inject(FieldComments);
    fixture = TestBed.createComponent(TravellerFieldsHost);
    await fixture.whenStable();
  });

  it('shows nothing without a change request', () => {
    const comment = field('number').querySelector<HTMLElement>('sg-field-comment');

    expect(comment?.hidden).toBeTrue();
    expect(field('number').classList).not.toContain('sg-field-commented');
  });

  it('shows the comment under its field only', async () => {
    comments.show(OPEN_REQUEST);
    await fixture.whenStable();

    const comment = field('number').querySelector<HTMLElement>('sg-field-comment')!;
    expect(comment.hidden).toBeFalse();
    expect(comment.textContent).toContain("Officer's comment:");
    expect(comment.textContent).toContain('The number does not match the photo.');
    expect(field('number').lastElementChild).toBe(comment);
    expect(field('number').classList).toContain('sg-field-commented');
    expect(field('name').querySelector<HTMLElement>('sg-field-comment')?.hidden).toBeTrue();
  });

  it('describes the input with the comment and keeps the hint', async () => {
    comments.show(OPEN_REQUEST);
    await fixture.whenStable();

    const input = field('number').querySelector('input')!;
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).toContain('field-comment-travellers-1-documentNumber');
    expect(describedBy.some((id) => id.startsWith('mat-mdc-hint'))).toBeTrue();
    expect(document.getElementById('field-comment-travellers-1-documentNumber')?.textContent).toContain(
      'does not match',
    );
  });

  it('removes the comment once the request is answered', async () => {
    comments.show(OPEN_REQUEST);
    await fixture.whenStable();

    comments.show(null);
    await fixture.whenStable();

    expect(field('number').querySelector<HTMLElement>('sg-field-comment')?.hidden).toBeTrue();
    const describedBy = field('number').querySelector('input')!.getAttribute('aria-describedby') ?? '';
    expect(describedBy).not.toContain('field-comment');
  });

  it('focuses a commented field on request', async () => {
    comments.show(OPEN_REQUEST);
    await fixture.whenStable();

    const found = comments.focusField('travellers.1.documentNumber');

    expect(found).toBeTrue();
    expect(document.activeElement).toBe(field('number').querySelector('input'));
    expect(comments.focusField('travellers.1.photo')).toBeFalse();
  });
});
