import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { SEARCH_MAX_LENGTH } from '@smartgate/shared-models';

import {
  DECLARATION_KINDS,
  type DeclarationQuery,
  QUEUE_STATUSES,
  type QueueFilters as Filters,
} from '../../../core/api/declaration-query';
import { LanguageState } from '../../../core/i18n/language-state';
import { ReferenceNames } from '../../../core/reference/reference-names';
import { provideDayMonthYearDatepicker } from '../../../shared/format/day-month-year-datepicker';
import { ValidationMessagePipe } from '../../../shared/forms/validation-message.pipe';
import { fromDateOnly, toDateOnly } from './date-only-input';
import { searchTextValidator } from './search-text-validator';

/** Filters that the officer applied: those for the URL, and the search text, which stays out of it. */
export interface AppliedFilters {
  filters: Filters;
  search: string;
}

/** The search box and the filters of the queue page. It emits them when the officer applies or clears them. */
@Component({
  selector: 'sg-queue-filters',
  imports: [
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
    ValidationMessagePipe,
  ],
  providers: [provideDayMonthYearDatepicker()],
  templateUrl: './queue-filters.html',
  styleUrl: './queue-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueFilters {
  private readonly formBuilder = inject(FormBuilder);
  protected readonly names = inject(ReferenceNames);
  protected readonly language = inject(LanguageState).current;

  readonly query = input.required<DeclarationQuery>();
  readonly search = input('');
  readonly applied = output<AppliedFilters>();

  protected readonly statuses = QUEUE_STATUSES;
  protected readonly kinds = DECLARATION_KINDS;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly form = this.formBuilder.group({
    search: ['', searchTextValidator],
    declarationKind: [''],
    gate: [''],
    direction: [''],
    status: [''],
    nationality: [''],
    plannedFrom: [null as Date | null],
    plannedTo: [null as Date | null],
  });

  constructor() {
    effect(() => this.showCurrentFilters(this.query(), this.search()));
  }

  protected applyFilters(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const value = this.form.getRawValue();
    this.applied.emit({
      search: (value.search ?? '').trim(),
      filters: {
        declarationKind: (value.declarationKind || undefined) as Filters['declarationKind'],
        gate: value.gate || undefined,
        direction: (value.direction || undefined) as Filters['direction'],
        status: (value.status || undefined) as Filters['status'],
        nationality: value.nationality || undefined,
        plannedFrom: toDateOnly(value.plannedFrom),
        plannedTo: toDateOnly(value.plannedTo),
      },
    });
  }

  protected clearFilters(): void {
    this.form.reset();
    this.applied.emit({ search: '', filters: {} });
  }

  private showCurrentFilters(query: DeclarationQuery, search: string): void {
    this.form.setValue({
      search,
      declarationKind: query.declarationKind ?? '',
      gate: query.gate ?? '',
      direction: query.direction ?? '',
      status: query.status ?? '',
      nationality: query.nationality ?? '',
      plannedFrom: fromDateOnly(query.plannedFrom),
      plannedTo: fromDateOnly(query.plannedTo),
    });
  }
}
