import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/** Texts of a confirmation: a translation key prefix with `title`, `explanation` and `confirm` under it. */
export interface ConfirmActionData {
  texts: string;
  parameters: Record<string, string>;
}

/** Asks the administrator to confirm an action that takes access away. Closes with true on confirmation. */
@Component({
  selector: 'sg-confirm-action-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.texts + '.title' | translate: data.parameters }}</h2>
    <mat-dialog-content>
      <p>{{ data.texts + '.explanation' | translate: data.parameters }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>
        {{ data.texts + '.confirm' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmActionDialog {
  protected readonly data = inject<ConfirmActionData>(MAT_DIALOG_DATA);
}
