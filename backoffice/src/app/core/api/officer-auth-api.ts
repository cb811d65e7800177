import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OfficerLogin, OfficerProfile } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer';

/** Officer sign-in, sign-out and the current session, which the API keeps in the `sg_officer_sid` cookie. */
@Injectable({ providedIn: 'root' })
export class OfficerAuthApi {
  private readonly http = inject(HttpClient);

  login(credentials: OfficerLogin): Observable<OfficerProfile> {
    return this.http.post<OfficerProfile>(`${BASE_URL}/login`, credentials);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${BASE_URL}/logout`, null);
  }

  /** Fails with 401 when no officer is signed in. */
  currentOfficer(): Observable<OfficerProfile> {
    return this.http.get<OfficerProfile>(`${BASE_URL}/me`);
  }
}
