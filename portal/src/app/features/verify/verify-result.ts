import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { ResultVerification } from '@smartgate/shared-models';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

import { localizedName } from '../../core/api/localized-name';
import { ResultsApi } from '../../core/api/results-api';
import { errorMessageKey } from '../../core/errors/error-message';
import { LanguageService } from '../../core/i18n/language.service';
import { DateOnlyPipe } from '../../shared/dates/date-only.pipe';
import { TimestampPipe } from '../../shared/dates/timestamp.pipe';

/** One lookup of a QR token: null while it is on its way. */
type Lookup = { result: ResultVerification } | { notFound: true } | { errorKey: string } | null;

/**
 * The public page behind a result's QR code. Anyone can open it without signing in, so it
 * shows only what the API returns for the public: status, number, gate, validity and a masked name.
 */
@Component({
  selector: 'sg-verify-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, TranslatePipe, DateOnlyPipe, TimestampPipe],
  templateUrl: './verify-result.html',
  styleUrl: './verify-result.scss',
})
export class VerifyResult {
  private readonly api = inject(ResultsApi);
  private readonly language = inject(LanguageService);

  /** The `:token` route parameter, taken from the QR code. */
  readonly token = input.required<string>();

  protected readonly lookup = toSignal(
    toObservable(this.token).pipe(
      switchMap((token) =>
        this.api.verify(token).pipe(
          map((result): Lookup => ({ result })),
          catchError((error: unknown) => of(failedLookup(error))),
          startWith<Lookup>(null),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly result = computed(() => {
    const lookup = this.lookup();
    return lookup && 'result' in lookup ? lookup.result : null;
  });

  protected readonly notFound = computed(() => {
    const lookup = this.lookup();
    return lookup !== null && 'notFound' in lookup;
  });

  protected readonly errorKey = computed(() => {
    const lookup = this.lookup();
    return lookup && 'errorKey' in lookup ? lookup.errorKey : null;
  });

  protected readonly gateName = computed(() => {
    const result = this.result();
    return result ? localizedName(result.gate, this.language.current()) : '';
  });
}

function failedLookup(error: unknown): Lookup {
  if (error instanceof HttpErrorResponse && error.status === 404) {
    return { notFound: true };
  }
  return { errorKey: errorMessageKey(error) };
}
