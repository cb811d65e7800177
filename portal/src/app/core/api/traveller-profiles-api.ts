import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { TravellerProfileInput, TravellerProfileView } from '@smartgate/shared-models';
import { Observable } from 'rxjs';

const BASE_URL = '/api/applicant/traveller-profiles';

/** HTTP client of the signed-in applicant's saved travellers. */
@Injectable({ providedIn: 'root' })
export class TravellerProfilesApi {
  private readonly http = inject(HttpClient);

  /** Lists every saved traveller, sorted by name. */
  list(): Observable<TravellerProfileView[]> {
    return this.http.get<TravellerProfileView[]>(BASE_URL);
  }

  /** Saves a new traveller. A full list gets 409 `limit-reached`, a saved document 400. */
  create(traveller: TravellerProfileInput): Observable<TravellerProfileView> {
    return this.http.post<TravellerProfileView>(BASE_URL, traveller);
  }

  /** Replaces a saved traveller's fields. `version` is the version last read, so a stale edit gets 409. */
  update(id: string, version: number, traveller: TravellerProfileInput): Observable<TravellerProfileView> {
    return this.http.put<TravellerProfileView>(`${BASE_URL}/${encodeURIComponent(id)}`, {
      version,
      traveller,
    });
  }

  /** Deletes a saved traveller at the version last read. */
  delete(id: string, version: number): Observable<void> {
    const params = new HttpParams().set('version', version);
    return this.http.delete<void>(`${BASE_URL}/${encodeURIComponent(id)}`, { params });
  }
}
