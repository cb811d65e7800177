import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

import { REVIEW_SHORTCUTS } from './review-shortcut-keys';

/** Lists the review screen's keyboard shortcuts. The ? key opens it. */
@Component({
  selector: 'sg-shortcut-help-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'declarations.shortcuts.title' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'declarations.shortcuts.explanation' | translate }}</p>
      <dl class="shortcuts">
        @for (shortcut of shortcuts; track shortcut.action) {
          <div class="shortcut">
            <dt>
              @for (key of shortcut.keys; track key; let last = $last) {
                <kbd>{{ key }}</kbd>
                @if (!last) {
                  <span> {{ 'declarations.shortcuts.or' | translate }} </span>
                }
              }
            </dt>
            <dd>{{ 'declarations.shortcuts.' + shortcut.action | translate }}</dd>
          </div>
        }
      </dl>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>
        {{ 'common.close' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .shortcut {
      display: grid;
      grid-template-columns: 8rem 1fr;
      gap: 1rem;
      margin-block: 0.5rem;
    }
    dd {
      margin: 0;
    }
    kbd {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      padding: 0 0.4rem;
      font-family: inherit;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutHelpDialog {
  protected readonly shortcuts = REVIEW_SHORTCUTS;
}
