import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationSummary, Page } from '@smartgate/shared-models';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

import { DeclarationsApi } from '../../../core/api/declarations-api';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { LanguageService } from '../../../core/i18n/language.service';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import { nameForCode } from '../reference-names';
import { RepeatButton } from '../repeat/repeat-button';
import { StatusChip } from '../status-chip';

const PAGE_SIZE = 20;

/** One load of a page of the list: null while it is on its way. */
type PageLoad = { page: Page<DeclarationSummary> } | { errorKey: string } | null;

/** The signed-in applicant's declarations, newest first, a page at a time. */
@Component({
  selector: 'sg-declaration-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    DateOnlyPipe,
    TimestampPipe,
    StatusChip,
    RepeatButton,
  ],
  templateUrl: './declaration-list.html',
  styleUrl: './declaration-list.scss',
})
export class DeclarationList {
  private readonly api = inject(DeclarationsApi);
  private readonly language = inject(LanguageService);
  private readonly gates = toSignal(inject(ReferenceDataApi).gates$, { initialValue: [] });

  /** The page shown, counted from 1 as the API counts. */
  protected readonly pageNumber = signal(1);

  protected readonly load = toSignal(
    toObservable(this.pageNumber).pipe(
      switchMap((pageNumber) =>
        this.api.list(pageNumber, PAGE_SIZE).pipe(
          map((page): PageLoad => ({ page })),
          catchError((error: unknown) => of<PageLoad>({ errorKey: errorMessageKey(error) })),
          startWith<PageLoad>(null),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly page = computed(() => {
    const load = this.load();
    return load && 'page' in load ? load.page : null;
  });

  protected readonly errorKey = computed(() => {
    const load = this.load();
    return load && 'errorKey' in load ? load.errorKey : null;
  });

  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil((this.page()?.total ?? 0) / PAGE_SIZE)),
  );

  protected gateName(code: string | null): string {
    return nameForCode(this.gates(), code, this.language.current());
  }

  protected showPreviousPage(): void {
    this.pageNumber.update((pageNumber) => Math.max(1, pageNumber - 1));
  }

  protected showNextPage(): void {
    this.pageNumber.update((pageNumber) => Math.min(this.pageCount(), pageNumber + 1));
  }
}
