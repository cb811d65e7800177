import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { AriaInvalid } from './aria-invalid';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, AriaInvalid],
  template: `
    <mat-form-field>
      <mat-label>Reference code</mat-label>
      <input matInput [formControl]="code" required />
    </mat-form-field>
  `,
})
class RequiredField {
  readonly code = new FormControl('', { nonNullable: true });
}

describe('AriaInvalid', () => {
  let fixture: ComponentFixture<RequiredField>;
  let input: HTMLInputElement;

  async function render(): Promise<void> {
    fixture.componentRef.changeDetectorRef.markForCheck();
    await fixture.whenStable();
  }

  /** Puts an error on the control the way a failed submission does. */
  async function reportIssue(): Promise<void> {
    fixture.componentInstance.code.setErrors({ issue: { key: 'required' } });
    fixture.componentInstance.code.markAsTouched();
    await render();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(RequiredField);
    input = (fixture.nativeElement as HTMLElement).querySelector('input')!;
    await render();
  });

  it('leaves an untouched empty required field unmarked', () => {
    expect(input.hasAttribute('aria-invalid')).toBeFalse();
    expect(input.getAttribute('aria-required')).toBe('true');
  });

  it('marks an empty required field with an error invalid', async () => {
    await reportIssue();

    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('marks a filled field with an error invalid', async () => {
    fixture.componentInstance.code.setValue('LT-12');
    await reportIssue();

    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('marks a corrected field valid', async () => {
    await reportIssue();

    fixture.componentInstance.code.setValue('LT-7K3Q-9C2M');
    fixture.componentInstance.code.updateValueAndValidity();
    await render();

    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('unmarks an empty field whose error is cleared', async () => {
    await reportIssue();

    fixture.componentInstance.code.reset();
    await render();

    expect(input.hasAttribute('aria-invalid')).toBeFalse();
  });
});
