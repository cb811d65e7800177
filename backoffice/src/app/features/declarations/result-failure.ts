import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  computed,
  inject,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { SUPERVISOR_ROLES } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { OfficerDeclarationsApi } from '../../core/api/officer-declarations-api';
import { AuthState } from '../../core/auth/auth-state';
import { DeclarationReview } from './declaration-review';

const SNACK_BAR_DURATION_MS = 5000;

/**
 * Notice of a result whose generation failed after its last attempt. Supervisors and
 * administrators also get the "Generate the result again" action, and the API rejects other
 * roles as well. It uses the page's `DeclarationReview`.
 */
@Component({
  selector: 'sg-result-failure',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (failed()) {
      <div class="sg-alert failure" role="alert">
        <span>{{ 'declarations.detail.resultFailed' | translate }}</span>
        @if (canRetry()) {
          <button mat-flat-button type="button" [disabled]="retrying()" (click)="retryResult()">
            {{ 'declarations.detail.retryResult' | translate }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    .failure {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px 16px;
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultFailure {
  private readonly api = inject(OfficerDeclarationsApi);
  private readonly auth = inject(AuthState);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly review = inject(DeclarationReview);

  /** Emits once the retry is queued, because the focused button then disappears. */
  readonly retried = output<void>();

  protected readonly retrying = signal(false);
  protected readonly failed = computed(() => this.review.declaration()?.result?.status === 'failed');
  protected readonly canRetry = computed(() => {
    const role = this.auth.officer()?.role;
    return role !== undefined && SUPERVISOR_ROLES.includes(role);
  });

  /**
   * Queues the result again. A 409 means that someone else did it first or that it is no
   * longer failed, so the page is reloaded and a notice explains why.
   */
  protected async retryResult(): Promise<void> {
    const declaration = this.review.declaration();
    if (!declaration || this.retrying()) {
      return;
    }

    this.retrying.set(true);
    try {
      await firstValueFrom(this.api.retryResult(declaration.id));
      await this.review.load(declaration.id);
      this.notify('declarations.detail.resultRetried');
      this.retried.emit();
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 409)) {
        this.errorHandler.handleError(error);
        return;
      }
      await this.review
        .load(declaration.id)
        .catch((reloadError: unknown) => this.errorHandler.handleError(reloadError));
      this.notify('declarations.detail.retryConflict');
    } finally {
      this.retrying.set(false);
    }
  }

  private notify(key: string): void {
    this.snackBar.open(this.translate.instant(key), this.translate.instant('common.close'), {
      duration: SNACK_BAR_DURATION_MS,
    });
  }
}
