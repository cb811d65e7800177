import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** Paginator labels, including the buttons' accessible names, in the interface language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.applyLabels();
    this.relabelOnLanguageChange();
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) {
      return this.translate.instant('paginator.emptyRange');
    }

    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.translate.instant('paginator.range', { start, end, total: length });
  };

  private relabelOnLanguageChange(): void {
    this.translate.onLangChange.pipe(takeUntilDestroyed()).subscribe(() => this.applyLabels());
  }

  private applyLabels(): void {
    this.itemsPerPageLabel = this.translate.instant('paginator.itemsPerPage');
    this.firstPageLabel = this.translate.instant('paginator.firstPage');
    this.previousPageLabel = this.translate.instant('paginator.previousPage');
    this.nextPageLabel = this.translate.instant('paginator.nextPage');
    this.lastPageLabel = this.translate.instant('paginator.lastPage');
    this.changes.next();
  }
}
