import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationSummary, Page } from '@smartgate/shared-models';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

import { BusinessCargoDeclarations } from '../../../core/api/cargo-declarations-api';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { LanguageService } from '../../../core/i18n/language.service';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import { BusinessNav } from '../../business/shared/business-nav';
import { CurrentBusiness } from '../../business/shared/current-business';
import { nameForCode } from '../../declarations/reference-names';
import { StatusChip } from '../../declarations/status-chip';
import { provideBusinessCargoStore } from '../business-cargo-store';
import { CopyButton } from '../copy/copy-button';

const PAGE_SIZE = 20;

/** One load of a page of the list: null while it is on its way. */
type PageLoad = { page: Page<DeclarationSummary> } | { errorKey: string } | null;

/** The cargo declarations of a business, newest first, a page at a time, each with a "Copy" action. */
@Component({
  selector: 'sg-cargo-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    DateOnlyPipe,
    TimestampPipe,
    StatusChip,
    CopyButton,
    BusinessNav,
  ],
  providers: [provideBusinessCargoStore(), CurrentBusiness],
  templateUrl: './cargo-list.html',
  // The list looks like the crossing declarations list, so it shares its styles.
  styleUrl: '../../declarations/declaration-list/declaration-list.scss',
})
export class CargoList {
  private readonly store = inject(BusinessCargoDeclarations);
  private readonly language = inject(LanguageService);
  private readonly gates = toSignal(inject(ReferenceDataApi).gates$, { initialValue: [] });

  /** The company, for its name and the links to its other pages. */
  protected readonly company = inject(CurrentBusiness);

  protected readonly businessId = this.store.businessId();

  /** The page shown, counted from 1 as the API counts. */
  protected readonly pageNumber = signal(1);

  protected readonly load = toSignal(
    toObservable(this.pageNumber).pipe(
      switchMap((pageNumber) =>
        this.store.list(pageNumber, PAGE_SIZE).pipe(
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

  /** The name that tells a row apart for screen readers: its reference, or its plate for a draft. */
  protected rowLabel(item: DeclarationSummary): string {
    return [item.referenceCode, item.vehiclePlate, item.goodsSummary].filter(Boolean).join(', ');
  }

  protected showPreviousPage(): void {
    this.pageNumber.update((pageNumber) => Math.max(1, pageNumber - 1));
  }

  protected showNextPage(): void {
    this.pageNumber.update((pageNumber) => Math.min(this.pageCount(), pageNumber + 1));
  }
}
