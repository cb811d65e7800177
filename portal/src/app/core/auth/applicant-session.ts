import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApplicantLogin, ApplicantProfile, ApplicantRegistration } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { ApplicantApi } from '../api/applicant-api';

/**
 * The signed-in applicant. The session itself is in an HttpOnly cookie, so the portal learns
 * who is signed in from `GET /api/applicant/me`. The state is `undefined` until that call returns.
 */
@Injectable({ providedIn: 'root' })
export class ApplicantSession {
  private readonly api = inject(ApplicantApi);
  private readonly profileState = signal<ApplicantProfile | null | undefined>(undefined);
  private pendingCheck: Promise<ApplicantProfile | null> | null = null;

  /** The signed-in applicant, or null when signed out or not yet known. */
  readonly profile = computed(() => this.profileState() ?? null);

  readonly isSignedIn = computed(() => !!this.profileState());

  /** Returns the signed-in applicant, asking the API only the first time. */
  async check(): Promise<ApplicantProfile | null> {
    const known = this.profileState();
    if (known !== undefined) {
      return known;
    }

    this.pendingCheck ??= this.fetchProfile().finally(() => (this.pendingCheck = null));
    return this.pendingCheck;
  }

  async register(registration: ApplicantRegistration): Promise<ApplicantProfile> {
    const profile = await firstValueFrom(this.api.register(registration));
    this.profileState.set(profile);
    return profile;
  }

  async login(credentials: ApplicantLogin): Promise<ApplicantProfile> {
    const profile = await firstValueFrom(this.api.login(credentials));
    this.profileState.set(profile);
    return profile;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      this.profileState.set(null);
    }
  }

  /** Records that the API rejected the session, such as after it expired. */
  markSignedOut(): void {
    this.profileState.set(null);
  }

  private async fetchProfile(): Promise<ApplicantProfile | null> {
    try {
      const profile = await firstValueFrom(this.api.me());
      this.profileState.set(profile);
      return profile;
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.profileState.set(null);
        return null;
      }
      throw error;
    }
  }
}
