import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HsCodeControlUpdate, HsCodeOption } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer/reference/hs-codes';

/** The administrator's HS code endpoints. Other roles get 403, and every change is audited. */
@Injectable({ providedIn: 'root' })
export class HsCodesApi {
  private readonly http = inject(HttpClient);

  /** Lists every code under a control. */
  controlled(): Observable<HsCodeOption[]> {
    return this.http.get<HsCodeOption[]>(BASE_URL, { params: { controlled: 'true' } });
  }

  /** Searches codes by code prefix or description words, at most 20. */
  search(text: string): Observable<HsCodeOption[]> {
    return this.http.get<HsCodeOption[]>(BASE_URL, { params: { q: text } });
  }

  /** Sets a code's control. The API returns 409 when `expectedHsControl` is no longer stored. */
  updateControl(code: string, update: HsCodeControlUpdate): Observable<HsCodeOption> {
    return this.http.put<HsCodeOption>(`${BASE_URL}/${encodeURIComponent(code)}/control`, update);
  }
}
