import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { OfficerWithInitialPassword } from '@smartgate/shared-models';

/**
 * Shows an officer's one-time password once, after a creation or a reset. The API keeps only its
 * hash, so closing the dialog is the last chance to copy it.
 */
@Component({
  selector: 'sg-initial-password-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>
      {{ 'admin.officers.initialPassword.title' | translate: { username: data.officer.username } }}
    </h2>
    <mat-dialog-content>
      <p>{{ 'admin.officers.initialPassword.explanation' | translate }}</p>
      <mat-form-field appearance="outline" class="password-field">
        <mat-label>{{ 'admin.officers.initialPassword.label' | translate }}</mat-label>
        <input
          matInput
          readonly
          [value]="data.initialPassword"
          autocomplete="off"
          spellcheck="false"
          cdkFocusInitial
        />
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>
        {{ 'admin.officers.initialPassword.done' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .password-field {
      width: 100%;
    }
    .password-field input {
      font-family: monospace;
      font-size: 1.1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InitialPasswordDialog {
  protected readonly data = inject<OfficerWithInitialPassword>(MAT_DIALOG_DATA);
}
