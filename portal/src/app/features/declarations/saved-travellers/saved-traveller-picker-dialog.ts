import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { TravellerDraft, TravellerProfileView } from '@smartgate/shared-models';

import { TravellerProfilesApi } from '../../../core/api/traveller-profiles-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { documentKey } from './fill-traveller-rows';

/** Data of the picker dialog: facts about the declaration being filled. */
export interface SavedTravellerPickerData {
  /** Document keys (see `documentKey`) of the travellers already in the declaration. */
  takenDocuments: ReadonlySet<string>;
  /** How many more travellers the declaration can take. */
  freeSlots: number;
}

/**
 * Lists the applicant's saved travellers to add to a declaration, several at once. Travellers
 * already in the declaration are shown but cannot be chosen. Closes with the chosen travellers.
 */
@Component({
  selector: 'sg-saved-traveller-picker-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDialogModule,
    MatListModule,
    MatProgressBarModule,
    TranslatePipe,
    DateOnlyPipe,
  ],
  templateUrl: './saved-traveller-picker-dialog.html',
  styleUrl: './saved-traveller-picker-dialog.scss',
})
export class SavedTravellerPickerDialog {
  private readonly api = inject(TravellerProfilesApi);
  private readonly dialogRef =
    inject<MatDialogRef<SavedTravellerPickerDialog, TravellerDraft[]>>(MatDialogRef);

  protected readonly data = inject<SavedTravellerPickerData>(MAT_DIALOG_DATA);
  protected readonly profiles = signal<TravellerProfileView[] | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly selection = new FormControl<TravellerProfileView[]>([], { nonNullable: true });

  private readonly chosen = toSignal(this.selection.valueChanges, { initialValue: [] });
  protected readonly tooMany = computed(() => this.chosen().length > this.data.freeSlots);
  protected readonly canAdd = computed(() => this.chosen().length > 0 && !this.tooMany());

  constructor() {
    this.api.list().subscribe({
      next: (profiles) => this.profiles.set(profiles),
      error: (error: unknown) => this.errorKey.set(errorMessageKey(error)),
    });
  }

  protected isTaken(profile: TravellerProfileView): boolean {
    const key = documentKey(profile.traveller);
    return key !== null && this.data.takenDocuments.has(key);
  }

  protected addChosen(): void {
    if (this.canAdd()) {
      this.dialogRef.close(this.chosen().map((profile) => profile.traveller));
    }
  }
}
