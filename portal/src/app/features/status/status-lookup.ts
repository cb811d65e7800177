import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { DeclarationStatusLookup, type DeclarationStatusAnswer } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { localizedName } from '../../core/api/localized-name';
import { StatusLookupApi } from '../../core/api/status-lookup-api';
import { errorMessageKey } from '../../core/errors/error-message';
import { problemOf } from '../../core/http/problem';
import { LanguageService } from '../../core/i18n/language.service';
import { DateOnlyPipe } from '../../shared/dates/date-only.pipe';
import { AriaInvalid } from '../../shared/forms/aria-invalid';
import { FieldError } from '../../shared/forms/field-error';
import { focusFirstInvalidField } from '../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues, clearIssues } from '../../shared/forms/form-issues';
import { dateControlValue } from '../declarations/declaration-form/declaration-form-model';

/** Outcome of the last lookup: the status, no match, or a translation key explaining a failure. */
type LookupOutcome = { answer: DeclarationStatusAnswer } | { notFound: true } | { errorKey: string };

/**
 * The public status lookup: anyone with a declaration's reference code and its lead traveller's
 * date of birth can look up its status, gate, direction and planned crossing date, without signing in.
 */
@Component({
  selector: 'sg-status-lookup',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    DateOnlyPipe,
    FieldError,
    AriaInvalid,
  ],
  templateUrl: './status-lookup.html',
  styleUrl: './status-lookup.scss',
})
export class StatusLookup {
  private readonly api = inject(StatusLookupApi);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    referenceCode: [''],
    leadDateOfBirth: new FormControl<Date | null>(null),
  });

  protected readonly today = new Date();
  protected readonly searching = signal(false);
  protected readonly outcome = signal<LookupOutcome | null>(null);

  protected readonly answer = computed(() => {
    const outcome = this.outcome();
    return outcome && 'answer' in outcome ? outcome.answer : null;
  });

  protected readonly notFound = computed(() => {
    const outcome = this.outcome();
    return outcome !== null && 'notFound' in outcome;
  });

  protected readonly errorKey = computed(() => {
    const outcome = this.outcome();
    return outcome && 'errorKey' in outcome ? outcome.errorKey : null;
  });

  protected readonly gateName = computed(() => {
    const answer = this.answer();
    return answer ? localizedName(answer.gate, this.language.current()) : '';
  });

  protected async lookUpStatus(): Promise<void> {
    clearIssues(this.form);
    this.outcome.set(null);

    const parsed = DeclarationStatusLookup.safeParse({
      referenceCode: this.form.controls.referenceCode.value,
      leadDateOfBirth: dateControlValue(this.form.controls.leadDateOfBirth),
    });
    if (!parsed.success) {
      applySchemaIssues(this.form, parsed.error.issues);
    }
    // The datepicker's own checks, such as a birth date after today, leave the form invalid too.
    if (!parsed.success || this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }

    this.searching.set(true);
    try {
      const answer = await firstValueFrom(this.api.lookUp(parsed.data));
      this.form.controls.referenceCode.setValue(answer.referenceCode);
      this.outcome.set({ answer });
    } catch (error) {
      this.outcome.set(this.failedLookup(error));
    } finally {
      this.searching.set(false);
    }
  }

  private failedLookup(error: unknown): LookupOutcome {
    if (error instanceof HttpErrorResponse && error.status === 404) {
      return { notFound: true };
    }
    if (error instanceof HttpErrorResponse && error.status === 429) {
      return { errorKey: 'statusLookup.tooManyLookups' };
    }

    applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
    return { errorKey: errorMessageKey(error) };
  }
}
