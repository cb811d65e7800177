import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** The history state key that marks a draft just made by "Copy". */
export const COPIED_STATE_KEY = 'copiedCargoDeclaration';

/** Tells the applicant what to check in a copied cargo declaration: the arrival time, the crew's documents and the goods. */
@Component({
  selector: 'sg-copy-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (copied) {
      <p class="notice">{{ 'cargo.copy.notice' | translate }}</p>
    }
  `,
})
export class CopyNotice {
  // The browser keeps history state across a reload, so the notice stays until the applicant leaves.
  protected readonly copied =
    (inject(Location).getState() as Record<string, unknown> | null)?.[COPIED_STATE_KEY] === true;
}
