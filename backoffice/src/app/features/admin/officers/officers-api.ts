import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  OfficerAccount,
  OfficerCreation,
  OfficerSession,
  OfficerUpdate,
  OfficerWithInitialPassword,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer/admin';

/** Actions on one officer that take no body and return the officer after the change. */
export type OfficerAction = 'disable' | 'enable' | 'totp-reset' | 'unlock';

/** The administrator's officer and session endpoints. Other roles get 403; every change is audited. */
@Injectable({ providedIn: 'root' })
export class OfficersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OfficerAccount[]> {
    return this.http.get<OfficerAccount[]>(`${BASE_URL}/officers`);
  }

  create(creation: OfficerCreation): Observable<OfficerWithInitialPassword> {
    return this.http.post<OfficerWithInitialPassword>(`${BASE_URL}/officers`, creation);
  }

  update(id: string, update: OfficerUpdate): Observable<OfficerAccount> {
    return this.http.patch<OfficerAccount>(`${BASE_URL}/officers/${encodeURIComponent(id)}`, update);
  }

  act(id: string, action: OfficerAction): Observable<OfficerAccount> {
    return this.http.post<OfficerAccount>(`${BASE_URL}/officers/${encodeURIComponent(id)}/${action}`, null);
  }

  resetPassword(id: string): Observable<OfficerWithInitialPassword> {
    return this.http.post<OfficerWithInitialPassword>(
      `${BASE_URL}/officers/${encodeURIComponent(id)}/password-reset`,
      null,
    );
  }

  sessions(): Observable<OfficerSession[]> {
    return this.http.get<OfficerSession[]>(`${BASE_URL}/sessions`);
  }

  endSession(handle: string): Observable<void> {
    return this.http.post<void>(`${BASE_URL}/sessions/${encodeURIComponent(handle)}/end`, null);
  }
}
