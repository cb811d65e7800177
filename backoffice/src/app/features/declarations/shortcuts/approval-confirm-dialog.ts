import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/** The record that the approval confirmation names. */
export interface ApprovalConfirmData {
  referenceCode: string;
}

/** Asks the officer to confirm an approval started from the keyboard. Closes with true on confirmation. */
@Component({
  selector: 'sg-approval-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'declarations.shortcuts.confirmApproval.title' | translate: data }}</h2>
    <mat-dialog-content>
      <p>{{ 'declarations.shortcuts.confirmApproval.explanation' | translate }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>
        {{ 'declarations.shortcuts.confirmApproval.confirm' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalConfirmDialog {
  protected readonly data = inject<ApprovalConfirmData>(MAT_DIALOG_DATA);
}
