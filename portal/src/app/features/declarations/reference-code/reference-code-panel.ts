import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A submitted declaration's reference code, shown large enough to copy by hand, with a link to
 * the public status lookup that takes it.
 */
@Component({
  selector: 'sg-reference-code-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <dl class="reference">
      <dt>{{ 'fields.referenceCode' | translate }}</dt>
      <dd class="code">{{ referenceCode() }}</dd>
    </dl>
    <p class="hint">
      {{ 'referenceCodePanel.hint' | translate }}
      <a routerLink="/status">{{ 'referenceCodePanel.checkStatus' | translate }}</a>
    </p>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 16px;
    }
    .reference {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      margin: 0;
    }
    .reference dt {
      color: var(--mat-sys-on-surface-variant);
    }
    .code {
      margin: 0;
      font: var(--mat-sys-title-large);
      letter-spacing: 0.05em;
    }
    .hint {
      margin: 4px 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReferenceCodePanel {
  /** The code, such as `LT-7K3Q-9C2M`. */
  readonly referenceCode = input.required<string>();
}
