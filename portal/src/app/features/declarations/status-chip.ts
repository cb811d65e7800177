import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationStatus } from '@smartgate/shared-models';

/** A declaration's status as a coloured label. */
@Component({
  selector: 'sg-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<span class="chip" [class]="'status-' + status()">{{ 'status.' + status() | translate }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 12px;
      border-radius: 16px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .status-submitted {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .status-changes_requested {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status-approved,
    .status-issued {
      background: #c8e6c9;
      color: #1b4d1e;
    }
    .status-rejected {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class StatusChip {
  readonly status = input.required<DeclarationStatus>();
}
