import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import {
  MAX_TRAVELLER_PROFILES,
  ProblemType,
  TravellerProfileInput,
  type Country,
  type TravellerProfileView,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { TravellerProfilesApi } from '../../../core/api/traveller-profiles-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { isProblem, problemOf } from '../../../core/http/problem';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../../shared/forms/form-issues';
import {
  createTravellerForm,
  travellerFormValue,
} from '../../declarations/declaration-form/declaration-form-model';
import { TravellerFields } from '../../declarations/declaration-form/traveller-fields';

/** Data of the editor dialog: the saved traveller to edit, or null to save a new one. */
export interface TravellerEditorData {
  profile: TravellerProfileView | null;
  countries: readonly Country[];
}

/**
 * Adds or edits a saved traveller, with the same fields and checks as a declaration's traveller.
 * Closes with the stored profile, or with nothing when cancelled.
 */
@Component({
  selector: 'sg-traveller-editor-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, TranslatePipe, TravellerFields],
  templateUrl: './traveller-editor-dialog.html',
})
export class TravellerEditorDialog {
  private readonly api = inject(TravellerProfilesApi);
  private readonly dialogRef =
    inject<MatDialogRef<TravellerEditorDialog, TravellerProfileView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly data = inject<TravellerEditorData>(MAT_DIALOG_DATA);
  protected readonly form = createTravellerForm(this.data.profile?.traveller);
  protected readonly maxProfiles = MAX_TRAVELLER_PROFILES;
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected async save(): Promise<void> {
    const traveller = this.validate();
    if (!traveller) {
      return;
    }

    this.saving.set(true);
    try {
      const profile = this.data.profile;
      const stored = await firstValueFrom(
        profile ? this.api.update(profile.id, profile.version, traveller) : this.api.create(traveller),
      );
      this.dialogRef.close(stored);
    } catch (error) {
      this.showFailure(error);
    } finally {
      this.saving.set(false);
    }
  }

  private validate(): TravellerProfileInput | null {
    clearIssues(this.form);
    this.errorKey.set(null);

    const parsed = TravellerProfileInput.safeParse(travellerFormValue(this.form));
    if (parsed.success) {
      return parsed.data;
    }
    applySchemaIssues(this.form, parsed.error.issues);
    this.errorKey.set('travellerProfiles.fixErrors');
    focusFirstInvalidField(this.host.nativeElement, this.injector);
    return null;
  }

  private showFailure(error: unknown): void {
    if (isProblem(error, ProblemType.limitReached)) {
      this.errorKey.set('travellerProfiles.limitReached');
    } else if (isProblem(error, ProblemType.conflict)) {
      this.errorKey.set('travellerProfiles.conflict');
    } else {
      this.errorKey.set(errorMessageKey(error));
    }

    applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
    focusFirstInvalidField(this.host.nativeElement, this.injector);
  }
}
