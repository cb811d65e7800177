import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  DocumentType,
  WATCHLIST_MATCH_KINDS,
  WatchlistEntryInput,
  issueMessageKey,
  type WatchlistEntryView,
  type WatchlistMatchKind,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { describeApiError } from '../../../core/errors/problem-message';
import { LanguageState } from '../../../core/i18n/language-state';
import { applyServerFieldErrors } from '../../../shared/forms/server-field-errors';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { WatchlistApi } from './watchlist-api';

/** Builds the add-entry form; every field is text, as the shared schema reads it. */
function createEntryForm() {
  const text = () => new FormControl('', { nonNullable: true });
  return new FormGroup({
    matchKind: new FormControl<WatchlistMatchKind>('document_number', { nonNullable: true }),
    value: text(),
    documentType: text(),
    documentCountry: text(),
    dateOfBirth: text(),
    reason: text(),
    expiresOn: text(),
  });
}

/** The field name the value's errors use, so they name the field as its label reads for the kind. */
const VALUE_FIELD_BY_KIND: Readonly<Record<WatchlistMatchKind, string>> = {
  document_number: 'documentNumber',
  plate: 'plateNumber',
  name: 'fullName',
};

/**
 * Dialog adding one watchlist entry. Fields that do not belong to the chosen kind are hidden and
 * left out of the request. It closes with the stored entry, or with nothing when cancelled.
 */
@Component({
  selector: 'sg-watchlist-entry-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  templateUrl: './watchlist-entry-dialog.html',
  styles: `
    .form {
      display: grid;
      gap: 4px;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WatchlistEntryDialog {
  private readonly api = inject(WatchlistApi);
  private readonly translate = inject(TranslateService);
  private readonly dialogRef = inject<MatDialogRef<WatchlistEntryDialog, WatchlistEntryView>>(MatDialogRef);

  protected readonly language = inject(LanguageState).current;
  protected readonly form = createEntryForm();
  protected readonly matchKinds = WATCHLIST_MATCH_KINDS;
  protected readonly documentTypes = DocumentType.options;
  protected readonly matchKind = signal<WatchlistMatchKind>('document_number');
  protected readonly valueField = computed(() => VALUE_FIELD_BY_KIND[this.matchKind()]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    this.form.controls.matchKind.valueChanges.subscribe((kind) => this.matchKind.set(kind));
  }

  protected async saveEntry(): Promise<void> {
    this.failure.set(null);
    const input = this.entryInput();
    const parsed = WatchlistEntryInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        this.markField(String(issue.path[0]), issueMessageKey(issue));
      }
      return;
    }

    this.saving.set(true);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.add(input)));
    } catch (error) {
      if (!applyServerFieldErrors(this.form, error)) {
        this.failure.set(
          describeApiError(error, this.translate) ?? this.translate.instant('problems.internal-error'),
        );
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** Collects the form's values for the chosen kind only, leaving empty fields out. */
  private entryInput(): Record<string, string> {
    const values = this.form.getRawValue();
    const kind = values.matchKind;
    const fields: Record<string, string> = {
      matchKind: kind,
      value: values.value,
      reason: values.reason,
      expiresOn: values.expiresOn,
    };
    if (kind === 'document_number') {
      fields['documentType'] = values.documentType;
      fields['documentCountry'] = values.documentCountry.trim().toUpperCase();
    }
    if (kind === 'name') {
      fields['dateOfBirth'] = values.dateOfBirth;
    }
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  }

  private markField(field: string, key: string): void {
    const control = this.form.get(field);
    control?.setErrors({ [key]: true });
    control?.markAsTouched();
  }
}
