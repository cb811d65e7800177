import { DestroyRef, Injector, afterNextRender } from '@angular/core';

/**
 * Moves keyboard focus to the first field marked invalid once the page has rendered the errors,
 * so keyboard and screen-reader users land on what needs fixing. Does nothing once the
 * component is gone, such as when the applicant left the page while a request was running.
 */
export function focusFirstInvalidField(host: HTMLElement, injector: Injector): void {
  if (injector.get(DestroyRef).destroyed) {
    return;
  }

  afterNextRender(
    () => {
      // An empty required input has no aria-invalid, so the form field's invalid class finds it.
      const field = host.querySelector<HTMLElement>(
        '[aria-invalid="true"], .mat-form-field-invalid input, .mat-form-field-invalid mat-select',
      );
      field?.focus();
    },
    { injector },
  );
}
