import { HttpErrorResponse } from '@angular/common/http';
import { ErrorHandler, Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';

/**
 * Reports errors that no screen handled. Only a lost connection gets a message, because it is
 * the one such error the applicant can act on. The rest go to the console for developers.
 */
@Injectable()
export class GlobalErrorHandler implements ErrorHandler {
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  handleError(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 0) {
      const message = this.translate.instant('errors.network') as string;
      this.snackBar.open(message, this.translate.instant('common.close') as string, { duration: 8000 });
      return;
    }

    console.error(error);
  }
}
