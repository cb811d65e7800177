import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ApplicantLogin, ApplicantProfile, ApplicantRegistration } from '@smartgate/shared-models';
import { Observable } from 'rxjs';

const BASE_URL = '/api/applicant';

/** HTTP client of the applicant account endpoints. */
@Injectable({ providedIn: 'root' })
export class ApplicantApi {
  private readonly http = inject(HttpClient);

  register(registration: ApplicantRegistration): Observable<ApplicantProfile> {
    return this.http.post<ApplicantProfile>(`${BASE_URL}/register`, registration);
  }

  login(credentials: ApplicantLogin): Observable<ApplicantProfile> {
    return this.http.post<ApplicantProfile>(`${BASE_URL}/login`, credentials);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${BASE_URL}/logout`, null);
  }

  /** Returns the signed-in applicant, or fails with 401 when no applicant is signed in. */
  me(): Observable<ApplicantProfile> {
    return this.http.get<ApplicantProfile>(`${BASE_URL}/me`);
  }
}
