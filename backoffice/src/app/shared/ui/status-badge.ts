import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationStatus } from '@smartgate/shared-models';

/** A declaration's status as a coloured label. */
@Component({
  selector: 'sg-status-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'badge badge--' + status()">{{
    'declarations.status.' + status() | translate
  }}</span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 0.875rem;
      line-height: 1.5;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .badge--submitted {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .badge--changes_requested {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .badge--approved,
    .badge--issued {
      background: #d7f5dd;
      color: #0b5220;
    }
    .badge--rejected {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class StatusBadge {
  readonly status = input.required<DeclarationStatus>();
}
