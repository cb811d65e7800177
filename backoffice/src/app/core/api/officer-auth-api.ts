import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  OfficerLogin,
  OfficerPasswordChange,
  OfficerProfile,
  OfficerSignInResult,
  OfficerTotpChange,
  TotpSetup,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer';

/** Officer sign-in, sign-out, the current session and the officer's own credentials. The session is the `sg_officer_sid` cookie. */
@Injectable({ providedIn: 'root' })
export class OfficerAuthApi {
  private readonly http = inject(HttpClient);

  /** Checks the password, and the TOTP code when given. The result's status names the next step. */
  login(credentials: OfficerLogin): Observable<OfficerSignInResult> {
    return this.http.post<OfficerSignInResult>(`${BASE_URL}/login`, credentials);
  }

  /** Finishes a sign-in with the current code, or with the first code of a new authenticator. */
  confirmTotp(code: string): Observable<OfficerSignInResult> {
    return this.http.post<OfficerSignInResult>(`${BASE_URL}/login/totp`, { code });
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${BASE_URL}/logout`, null);
  }

  /** Fails with 401 when no officer is signed in. */
  currentOfficer(): Observable<OfficerProfile> {
    return this.http.get<OfficerProfile>(`${BASE_URL}/me`);
  }

  changePassword(change: OfficerPasswordChange): Observable<OfficerProfile> {
    return this.http.post<OfficerProfile>(`${BASE_URL}/me/password`, change);
  }

  /** Asks for a new authenticator secret, which replaces the current one once `confirmTotpChange` succeeds. */
  startTotpChange(request: OfficerTotpChange): Observable<TotpSetup> {
    return this.http.post<TotpSetup>(`${BASE_URL}/me/totp/setup`, request);
  }

  confirmTotpChange(code: string): Observable<OfficerProfile> {
    return this.http.post<OfficerProfile>(`${BASE_URL}/me/totp`, { code });
  }
}
