import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { OfficerProfile } from '@smartgate/shared-models';

import { AuthState } from '../../core/auth/auth-state';
import { PasswordChangeForm } from './password-change-form';
import { TotpChangeForm } from './totp-change-form';

/**
 * The officer's own sign-in credentials: a new password and a new authenticator app. Both ask for
 * the current password again. An officer with a password set by an administrator lands here
 * first and goes on to the declaration list once it is changed.
 */
@Component({
  selector: 'sg-account-page',
  imports: [MatCardModule, PasswordChangeForm, TotpChangeForm, TranslatePipe],
  template: `
    <h1 class="title">{{ 'account.title' | translate }}</h1>

    @if (officer()?.passwordChangeRequired) {
      <p class="sg-alert" role="alert">{{ 'account.password.required' | translate }}</p>
    }
    @if (notice(); as message) {
      <p class="notice" role="status">{{ message | translate }}</p>
    }

    <mat-card appearance="outlined" class="section">
      <mat-card-header>
        <mat-card-title
          ><h2 class="section-title">{{ 'account.password.title' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <sg-password-change-form (changed)="passwordChanged($event)" />
      </mat-card-content>
    </mat-card>

    @if (!officer()?.passwordChangeRequired) {
      <mat-card appearance="outlined" class="section">
        <mat-card-header>
          <mat-card-title
            ><h2 class="section-title">{{ 'account.totp.title' | translate }}</h2></mat-card-title
          >
          <mat-card-subtitle>{{ 'account.totp.explanation' | translate }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          <sg-totp-change-form (changed)="totpChanged($event)" />
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .title {
      margin: 0 0 16px;
      font-size: 1.5rem;
      font-weight: 600;
    }
    .section {
      margin-bottom: 24px;
    }
    .section-title {
      margin: 0;
      font-size: 1.15rem;
    }
    .notice {
      margin: 0 0 16px;
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly auth = inject(AuthState);
  private readonly router = inject(Router);

  protected readonly officer = this.auth.officer;
  protected readonly notice = signal<string | null>(null);

  protected async passwordChanged(profile: OfficerProfile): Promise<void> {
    const wasRequired = this.officer()?.passwordChangeRequired;
    this.auth.update(profile);
    this.notice.set('account.password.changed');
    if (wasRequired) {
      await this.router.navigateByUrl('/declarations');
    }
  }

  protected totpChanged(profile: OfficerProfile): void {
    this.auth.update(profile);
    this.notice.set('account.totp.changed');
  }
}
