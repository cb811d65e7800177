import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { BusinessPartnerInput, type BusinessPartnerView, type Country } from '@smartgate/shared-models';
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

/** Data of the partner editor: the business, the partner to edit or null for a new one, and the countries. */
export interface PartnerEditorData {
  businessId: string;
  partner: BusinessPartnerView | null;
  countries: readonly Country[];
}

/** Adds or edits a trading partner across the border. Closes with the stored partner. */
@Component({
  selector: 'sg-partner-editor-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    AriaInvalid,
    RequestAlertView,
  ],
  templateUrl: './partner-editor-dialog.html',
  styleUrl: '../shared/business-form.scss',
})
export class PartnerEditorDialog {
  private readonly api = inject(BusinessesApi);
  private readonly language = inject(LanguageService);
  private readonly dialogRef = inject<MatDialogRef<PartnerEditorDialog, BusinessPartnerView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly data = inject<PartnerEditorData>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({
    name: new FormControl(this.data.partner?.name ?? '', { nonNullable: true }),
    address: new FormControl(this.data.partner?.address ?? '', { nonNullable: true }),
    // Partners are across the border, so a new one starts in Cambodia.
    country: new FormControl(this.data.partner?.country ?? 'KHM', { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly alert = signal<RequestAlert | null>(null);

  protected readonly countryOptions = computed(() => {
    const language = this.language.current();
    const collator = new Intl.Collator(language);
    return this.data.countries
      .map((country) => ({ code: country.code, name: localizedName(country, language) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  });

  protected async save(): Promise<void> {
    clearIssues(this.form);
    this.alert.set(null);

    const parsed = BusinessPartnerInput.safeParse(this.form.getRawValue());
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.saving.set(true);
    try {
      const { businessId, partner } = this.data;
      const stored = await firstValueFrom(
        partner
          ? this.api.updateRecord(businessId, 'partners', partner, parsed.data)
          : this.api.createRecord(businessId, 'partners', parsed.data),
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
