import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { DECLARATION_STORE } from '../../../core/api/declaration-store';
import { errorMessageKey } from '../../../core/errors/error-message';
import { WithdrawDialog } from './withdraw-dialog';

/**
 * The "Withdraw declaration" action, offered while the declaration is a draft, awaits review or
 * waits for the applicant's changes.
 * It opens a confirmation dialog first, because a withdrawn declaration cannot be reopened.
 */
@Component({
  selector: 'sg-withdraw-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (canWithdraw()) {
      <button
        mat-stroked-button
        type="button"
        class="withdraw-button"
        [disabled]="busy()"
        (click)="withdraw()"
      >
        {{ 'withdrawal.button' | translate }}
      </button>
      @if (errorKey(); as key) {
        <p class="alert" role="alert">{{ key | translate }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 24px;
    }
    .withdraw-button {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
    }
  `,
})
export class WithdrawButton {
  private readonly api = inject(DECLARATION_STORE);
  private readonly dialog = inject(MatDialog);

  readonly declaration = input.required<DeclarationView>();

  /** Emits the withdrawn declaration, so that the page shows it in its new status. */
  readonly withdrawn = output<DeclarationView>();

  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly canWithdraw = computed(() =>
    ['draft', 'submitted', 'changes_requested'].includes(this.declaration().status),
  );

  protected async withdraw(): Promise<void> {
    const dialogRef = this.dialog.open<WithdrawDialog, void, boolean>(WithdrawDialog, { maxWidth: '95vw' });
    if (!(await firstValueFrom(dialogRef.afterClosed()))) {
      return;
    }

    this.busy.set(true);
    this.errorKey.set(null);
    const { id, version } = this.declaration();
    try {
      this.withdrawn.emit(await firstValueFrom(this.api.withdraw(id, version)));
    } catch (error: unknown) {
      this.errorKey.set(errorMessageKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
