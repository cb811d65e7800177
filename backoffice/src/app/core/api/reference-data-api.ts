import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Country, Gate, TravelPurpose } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/public';

/** Public reference data used to show names instead of codes. */
@Injectable({ providedIn: 'root' })
export class ReferenceDataApi {
  private readonly http = inject(HttpClient);

  gates(): Observable<Gate[]> {
    return this.http.get<Gate[]>(`${BASE_URL}/gates`);
  }

  purposes(): Observable<TravelPurpose[]> {
    return this.http.get<TravelPurpose[]>(`${BASE_URL}/purposes`);
  }

  countries(): Observable<Country[]> {
    return this.http.get<Country[]>(`${BASE_URL}/countries`);
  }
}
