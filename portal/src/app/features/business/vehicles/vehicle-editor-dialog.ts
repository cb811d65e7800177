import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { BusinessVehicleInput, type BusinessVehicleView, type Country } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { localizedName } from '../../../core/api/localized-name';
import { problemOf } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { AriaInvalid } from '../../../shared/forms/aria-invalid';
import { FieldError } from '../../../shared/forms/field-error';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../../shared/forms/form-issues';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';
import { VEHICLE_TYPES, createVehicleEditorForm, vehicleEditorValue } from './vehicle-editor-form';

/** Data of the vehicle editor: the business, the vehicle to edit or null for a new one, and the countries. */
export interface VehicleEditorData {
  businessId: string;
  vehicle: BusinessVehicleView | null;
  countries: readonly Country[];
}

/** Plate countries offered first: the two sides of the gate. */
const NEIGHBOUR_COUNTRIES = ['VNM', 'KHM'];

/**
 * Adds or edits a company vehicle. A Vietnamese plate is checked against the layout of its type
 * (series R for trailers); a foreign plate is free text. Closes with the stored vehicle.
 */
@Component({
  selector: 'sg-vehicle-editor-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    AriaInvalid,
    RequestAlertView,
  ],
  templateUrl: './vehicle-editor-dialog.html',
  styleUrl: '../shared/business-form.scss',
})
export class VehicleEditorDialog {
  private readonly api = inject(BusinessesApi);
  private readonly language = inject(LanguageService);
  private readonly dialogRef = inject<MatDialogRef<VehicleEditorDialog, BusinessVehicleView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly data = inject<VehicleEditorData>(MAT_DIALOG_DATA);
  protected readonly form = createVehicleEditorForm(this.data.vehicle);
  protected readonly types = VEHICLE_TYPES;
  protected readonly saving = signal(false);
  protected readonly alert = signal<RequestAlert | null>(null);

  /** Countries by name in the interface language, Vietnam and Cambodia first. */
  protected readonly countryOptions = computed(() => {
    const language = this.language.current();
    const name = (country: Country) => localizedName(country, language);
    const collator = new Intl.Collator(language);
    const neighbours = NEIGHBOUR_COUNTRIES.flatMap((code) =>
      this.data.countries.filter((c) => c.code === code),
    );
    const others = this.data.countries
      .filter((country) => !NEIGHBOUR_COUNTRIES.includes(country.code))
      .sort((a, b) => collator.compare(name(a), name(b)));
    return [...neighbours, ...others].map((country) => ({ code: country.code, name: name(country) }));
  });

  protected async save(): Promise<void> {
    clearIssues(this.form);
    this.alert.set(null);

    const input = vehicleEditorValue(this.form);
    const parsed = BusinessVehicleInput.safeParse(input);
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.saving.set(true);
    try {
      const { businessId, vehicle } = this.data;
      const stored = await firstValueFrom(
        vehicle
          ? this.api.updateRecord(businessId, 'vehicles', vehicle, input)
          : this.api.createRecord(businessId, 'vehicles', input),
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
