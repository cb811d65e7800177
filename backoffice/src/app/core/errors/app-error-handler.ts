import { ErrorHandler, Injectable, Injector, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';

import { describeApiError } from './problem-message';

const SNACK_BAR_DURATION_MS = 8000;

/**
 * Shows a snack bar for API errors this app recognises (problem+json bodies and an unreachable
 * server). Any other error is a bug, so it goes to the console as Angular's default handler does.
 */
@Injectable()
export class AppErrorHandler implements ErrorHandler {
  // Resolved lazily: Angular creates the error handler before the services it would inject.
  private readonly injector = inject(Injector);

  handleError(error: unknown): void {
    const translate = this.injector.get(TranslateService);
    const message = describeApiError(error, translate);

    if (message === null) {
      console.error(error);
      return;
    }

    this.injector
      .get(MatSnackBar)
      .open(message, translate.instant('common.close'), { duration: SNACK_BAR_DURATION_MS });
  }
}
