import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/** Asks the applicant to confirm deleting a saved traveller. Closes with true to confirm. */
@Component({
  selector: 'sg-delete-traveller-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'travellerProfiles.deleteTitle' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'travellerProfiles.deleteText' | translate: { name: data.name } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ 'travellerProfiles.keep' | translate }}
      </button>
      <button mat-flat-button type="button" class="confirm-button" [mat-dialog-close]="true">
        {{ 'travellerProfiles.deleteConfirm' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm-button {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeleteTravellerDialog {
  protected readonly data = inject<{ name: string }>(MAT_DIALOG_DATA);
}
