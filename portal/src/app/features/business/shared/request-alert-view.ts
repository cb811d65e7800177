import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import type { RequestAlert } from './request-alert';

/** Shows a failed request's explanation as an alert that screen readers announce. */
@Component({
  selector: 'sg-request-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (alert(); as shown) {
      <p class="alert" role="alert">{{ shown.text ?? (shown.key ?? 'errors.unexpected' | translate) }}</p>
    }
  `,
})
export class RequestAlertView {
  readonly alert = input<RequestAlert | null>(null);
}
