import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import type { TravellerDraft } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { travellerFormValue, type TravellerForm } from '../declaration-form/declaration-form-model';
import { documentKey, freeTravellerSlots } from './fill-traveller-rows';
import { SavedTravellerPickerDialog, type SavedTravellerPickerData } from './saved-traveller-picker-dialog';

/**
 * "Add from saved travellers": opens the list of the applicant's saved travellers and emits
 * the ones chosen, for the declaration form to place in its traveller rows.
 */
@Component({
  selector: 'sg-saved-traveller-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button mat-stroked-button type="button" (click)="pick()">
      {{ 'savedTravellers.add' | translate }}
    </button>
  `,
})
export class SavedTravellerPicker {
  private readonly dialog = inject(MatDialog);

  /** The declaration's traveller rows, to know which travellers are in it and how many more fit. */
  readonly rows = input.required<FormArray<TravellerForm>>();

  /** Emits the saved travellers the applicant chose. */
  readonly picked = output<TravellerDraft[]>();

  protected async pick(): Promise<void> {
    const rows = this.rows();
    const takenDocuments = new Set(
      rows.controls
        .map((row) => documentKey(travellerFormValue(row)))
        .filter((key): key is string => key !== null),
    );

    const dialogRef = this.dialog.open<
      SavedTravellerPickerDialog,
      SavedTravellerPickerData,
      TravellerDraft[]
    >(SavedTravellerPickerDialog, {
      data: { takenDocuments, freeSlots: freeTravellerSlots(rows) },
      maxWidth: '95vw',
      width: '560px',
    });
    const chosen = await firstValueFrom(dialogRef.afterClosed());
    if (chosen?.length) {
      this.picked.emit(chosen);
    }
  }
}
