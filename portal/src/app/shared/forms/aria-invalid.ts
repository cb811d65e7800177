import { Directive, ElementRef, afterEveryRender, inject } from '@angular/core';
import { MatInput } from '@angular/material/input';

/**
 * Marks a Material text field `aria-invalid="true"` whenever it shows an error, also while it is
 * empty. MatInput (Angular Material 21) leaves the attribute off an empty required input, so after
 * a failed submission a screen reader would read the error text but not announce the field as
 * invalid. The attribute is written after each render, after MatInput's own host binding, so this
 * value is the one that stays. Outside the error state it behaves as MatInput does. The selector
 * is MatInput's own, so every text field of a component that imports this directive gets it.
 */
// eslint-disable-next-line @angular-eslint/directive-selector
@Directive({ selector: 'input[matInput], textarea[matInput]' })
export class AriaInvalid {
  private readonly input = inject(MatInput);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  constructor() {
    afterEveryRender({ write: () => this.markInvalidState() });
  }

  private markInvalidState(): void {
    const value = this.ariaInvalidValue();
    if (this.element.getAttribute('aria-invalid') === value) {
      return;
    }

    if (value === null) {
      this.element.removeAttribute('aria-invalid');
    } else {
      this.element.setAttribute('aria-invalid', value);
    }
  }

  /** Returns the attribute's value, or null to leave it off an empty required field without an error, as MatInput does. */
  private ariaInvalidValue(): 'true' | 'false' | null {
    if (this.input.errorState) {
      return 'true';
    }
    return this.input.empty && this.input.required ? null : 'false';
  }
}
