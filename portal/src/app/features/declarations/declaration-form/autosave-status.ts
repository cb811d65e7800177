import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import type { AutosaveState } from './autosave-state';

/**
 * The autosave status line: "Saving…", "Draft saved at …", or why the draft is not saved.
 * The line is a polite live region, so screen readers read each new status without interrupting.
 * After a version conflict it offers to save the traveller's entries over the other version.
 */
@Component({
  selector: 'sg-autosave-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, TimestampPipe],
  template: `
    @let current = state();
    <p
      class="status"
      role="status"
      aria-live="polite"
      [class.warning]="current.kind !== 'saving' && current.kind !== 'saved' && current.kind !== 'idle'"
    >
      @switch (current.kind) {
        @case ('saving') {
          {{ 'autosave.saving' | translate }}
        }
        @case ('saved') {
          {{ 'declarationForm.draftSaved' | translate: { time: current.at | sgTimestamp } }}
          @if (current.partial) {
            {{ 'autosave.partial' | translate }}
          }
        }
        @case ('retrying') {
          {{ (current.offline ? 'autosave.offline' : 'autosave.retrying') | translate }}
        }
        @case ('conflict') {
          {{ 'autosave.conflict' | translate }}
        }
        @case ('locked') {
          {{ 'autosave.locked' | translate }}
        }
        @case ('failed') {
          {{ 'autosave.failed' | translate }} {{ current.messageKey | translate }}
        }
      }
    </p>
    @if (current.kind === 'conflict') {
      <button mat-stroked-button type="button" (click)="overwriteRequested.emit()">
        {{ 'autosave.keepMine' | translate }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 16px;
    }
    .status {
      margin: 0;
      min-height: 1.5em;
      color: var(--mat-sys-on-surface-variant);
    }
    .status.warning {
      margin-bottom: 8px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class AutosaveStatus {
  readonly state = input.required<AutosaveState>();

  /** Emitted when the traveller chooses to save their entries over a version saved elsewhere. */
  readonly overwriteRequested = output<void>();
}
