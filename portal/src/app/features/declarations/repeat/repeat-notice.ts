import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** The history state key that marks a draft just made by "Repeat". */
export const REPEATED_STATE_KEY = 'repeatedDeclaration';

/** Tells the traveller what to check in a draft copied by "Repeat": the new date and each document. */
@Component({
  selector: 'sg-repeat-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (repeated) {
      <p class="notice">{{ 'repeat.notice' | translate }}</p>
    }
  `,
})
export class RepeatNotice {
  // The browser keeps history state across a reload, so the notice stays until the traveller leaves.
  protected readonly repeated =
    (inject(Location).getState() as Record<string, unknown> | null)?.[REPEATED_STATE_KEY] === true;
}
