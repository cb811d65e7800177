import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AuditEntryView } from '@smartgate/shared-models';

import { formatTimestamp } from '../format/date-format';

/**
 * A table of audit entries: when (in the given time zone and in UTC), who, what, which record
 * and from where. Used by a declaration's trail and by the administrators' audit search.
 */
@Component({
  selector: 'sg-audit-entries-table',
  imports: [MatTableModule, TranslatePipe],
  templateUrl: './audit-entries-table.html',
  styles: `
    table {
      width: 100%;
    }
    .utc,
    .username {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditEntriesTable {
  private readonly translate = inject(TranslateService);

  readonly entries = input.required<readonly AuditEntryView[]>();
  /** IANA time zone of the local times, such as the gate's. */
  readonly timeZone = input.required<string>();
  /** Shows the record column, which a single declaration's trail does not need. */
  readonly showRecord = input(false);

  protected columns(): string[] {
    return ['at', 'actor', 'action', ...(this.showRecord() ? ['record'] : []), 'ip'];
  }

  protected localTime(at: string): string {
    return formatTimestamp(at, this.timeZone());
  }

  protected utcTime(at: string): string {
    return formatTimestamp(at, 'UTC');
  }

  /** Names the action in the screen language, or shows its stable name when no label exists yet. */
  protected actionLabel(action: string): string {
    const key = `audit.actions.${action.replaceAll('.', '_')}`;
    const label = this.translate.instant(key) as string;
    return label === key ? action : label;
  }
}
