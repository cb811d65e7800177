import { ChangeDetectionStrategy, Component, ErrorHandler, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  AUDIT_ACTIONS,
  AuditSearchQuery,
  type AuditTrailPage,
  issueMessageKey,
  issuePath,
  validationMessage,
} from '@smartgate/shared-models';
import { catchError, firstValueFrom, of } from 'rxjs';

import { type AuditSearchFilters, AuditTrailApi } from '../../../core/api/audit-trail-api';
import { LanguageState } from '../../../core/i18n/language-state';
import { AuditEntriesTable } from '../../../shared/audit/audit-entries-table';
import { provideDayMonthYearDatepicker } from '../../../shared/format/day-month-year-datepicker';
import { toDateOnly } from '../../declarations/queue/date-only-input';
import { OfficersApi } from '../officers/officers-api';

const PAGE_SIZE = 50;

/**
 * The administrators' search of the whole audit trail by officer, action, record, local days and
 * IP address, paged by the API. The filters stay in memory, and the API audits every search.
 */
@Component({
  selector: 'sg-audit-log-page',
  imports: [
    AuditEntriesTable,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [provideDayMonthYearDatepicker()],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(AuditTrailApi);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly language = inject(LanguageState).current;
  protected readonly officers = toSignal(
    inject(OfficersApi)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly form = new FormGroup({
    officerId: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    record: new FormControl('', { nonNullable: true }),
    from: new FormControl<Date | null>(null),
    to: new FormControl<Date | null>(null),
    ip: new FormControl('', { nonNullable: true }),
  });
  /** Messages of invalid filters by field name, checked with the API's own schema. */
  /** The recorded actions, offered with their translated labels instead of their codes. */
  protected readonly actions = AUDIT_ACTIONS.map((action) => ({
    action,
    labelKey: `audit.actions.${action.replaceAll('.', '_')}`,
  }));
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly result = signal<AuditTrailPage | null>(null);
  protected readonly loading = signal(false);

  private filters: AuditSearchFilters = {};

  protected search(): Promise<void> {
    // An empty field means no filter, as the API reads an absent parameter.
    const values = this.form.getRawValue();
    const filters: AuditSearchFilters = Object.fromEntries(
      Object.entries({ ...values, from: toDateOnly(values.from), to: toDateOnly(values.to) }).filter(
        ([, value]) => value !== '' && value !== undefined,
      ),
    );
    const parsed = AuditSearchQuery.safeParse(filters);
    const messages: Record<string, string> = {};
    for (const issue of parsed.error?.issues ?? []) {
      const path = issuePath(issue);
      messages[path] ??= validationMessage(issueMessageKey(issue), [path], this.language());
    }
    // A typed day that the datepicker cannot read leaves the control empty, so name it here.
    for (const day of ['from', 'to'] as const) {
      if (this.form.controls[day].hasError('matDatepickerParse')) {
        messages[day] = validationMessage('invalidDate', [day], this.language());
      }
    }
    if (Object.keys(messages).length > 0) {
      this.errors.set(messages);
      return Promise.resolve();
    }

    this.errors.set({});
    this.filters = filters;
    return this.load(1);
  }

  protected showPage(event: PageEvent): Promise<void> {
    return this.load(event.pageIndex + 1);
  }

  private async load(page: number): Promise<void> {
    this.loading.set(true);
    try {
      this.result.set(await firstValueFrom(this.api.search(this.filters, page, PAGE_SIZE)));
    } catch (error) {
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }
}
