import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { BusinessDriverInput, type BusinessDriverView, type Country } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { problemOf } from '../../../core/http/problem';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../../shared/forms/form-issues';
import {
  createTravellerForm,
  travellerFormValue,
} from '../../declarations/declaration-form/declaration-form-model';
import { TravellerFields } from '../../declarations/declaration-form/traveller-fields';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';

/** Data of the driver editor: the business, the driver to edit or null for a new one, and the countries. */
export interface DriverEditorData {
  businessId: string;
  driver: BusinessDriverView | null;
  countries: readonly Country[];
}

/**
 * Adds or edits a company driver with the traveller's fields, document rules and MRZ entry, as
 * in a declaration. Closes with the stored driver.
 */
@Component({
  selector: 'sg-driver-editor-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, TranslatePipe, TravellerFields, RequestAlertView],
  template: `
    <h2 mat-dialog-title>
      {{ (data.driver ? 'business.drivers.editTitle' : 'business.drivers.addTitle') | translate }}
    </h2>
    <form (submit)="$event.preventDefault(); save()" novalidate>
      <mat-dialog-content>
        <sg-request-alert [alert]="alert()" />
        <sg-traveller-fields
          [group]="form"
          [index]="0"
          [countries]="data.countries"
          [label]="'business.drivers.fieldsLegend' | translate"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'business.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'business.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class DriverEditorDialog {
  private readonly api = inject(BusinessesApi);
  private readonly dialogRef = inject<MatDialogRef<DriverEditorDialog, BusinessDriverView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly data = inject<DriverEditorData>(MAT_DIALOG_DATA);
  protected readonly form = createTravellerForm(this.data.driver?.traveller);
  protected readonly saving = signal(false);
  protected readonly alert = signal<RequestAlert | null>(null);

  protected async save(): Promise<void> {
    clearIssues(this.form);
    this.alert.set(null);

    const parsed = BusinessDriverInput.safeParse(travellerFormValue(this.form));
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
      this.alert.set({ key: 'business.fixErrors' });
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.saving.set(true);
    try {
      const { businessId, driver } = this.data;
      const stored = await firstValueFrom(
        driver
          ? this.api.updateRecord(businessId, 'drivers', driver, parsed.data)
          : this.api.createRecord(businessId, 'drivers', parsed.data),
      );
      this.dialogRef.close(stored);
    } catch (error) {
      applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
      this.alert.set(requestAlert(error));
      focusFirstInvalidField(this.host.nativeElement, this.injector);
    } finally {
      this.saving.set(false);
    }
  }
}
