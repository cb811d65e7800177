import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { OfficerLogin, OfficerProfile, OfficerSignInResult } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { OfficerAuthApi } from '../api/officer-auth-api';

/** The signed-in officer: `undefined` until the API has been queried, `null` when no officer is signed in. */
type SessionOfficer = OfficerProfile | null | undefined;

/** The officer signed in to the back office. The session itself is an HttpOnly cookie that only the API reads. */
@Injectable({ providedIn: 'root' })
export class AuthState {
  private readonly api = inject(OfficerAuthApi);
  private readonly sessionOfficer = signal<SessionOfficer>(undefined);
  private pendingLookup: Promise<OfficerProfile | null> | null = null;

  readonly officer = computed(() => this.sessionOfficer() ?? null);
  readonly isSignedIn = computed(() => !!this.sessionOfficer());

  /** Resolves to the signed-in officer, or null when no officer is signed in. Concurrent callers share one API request. */
  ensureOfficer(): Promise<OfficerProfile | null> {
    const known = this.sessionOfficer();
    if (known !== undefined) {
      return Promise.resolve(known);
    }

    this.pendingLookup ??= this.lookUpOfficer().finally(() => (this.pendingLookup = null));
    return this.pendingLookup;
  }

  /** Runs the password step of a sign-in. The result's status shows whether a TOTP step follows. */
  async login(credentials: OfficerLogin): Promise<OfficerSignInResult> {
    return this.remember(await firstValueFrom(this.api.login(credentials)));
  }

  /** Runs the TOTP step of a sign-in, with the current code or the first code of a new authenticator. */
  async confirmTotp(code: string): Promise<OfficerSignInResult> {
    return this.remember(await firstValueFrom(this.api.confirmTotp(code)));
  }

  /** Replaces the local profile after the API changed it, such as after a password change. */
  update(officer: OfficerProfile): void {
    this.sessionOfficer.set(officer);
  }

  /** Ends the session and clears the local state, even when the API call fails. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      this.forget();
    }
  }

  /** Drops the local state after the API reported that the session is gone. */
  forget(): void {
    this.sessionOfficer.set(null);
  }

  private remember(result: OfficerSignInResult): OfficerSignInResult {
    if (result.status === 'signed-in') {
      this.sessionOfficer.set(result.officer);
    }
    return result;
  }

  private async lookUpOfficer(): Promise<OfficerProfile | null> {
    try {
      const officer = await firstValueFrom(this.api.currentOfficer());
      this.sessionOfficer.set(officer);
      return officer;
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.sessionOfficer.set(null);
        return null;
      }
      throw error;
    }
  }
}
