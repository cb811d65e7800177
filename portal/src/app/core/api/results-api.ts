import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ResultVerification } from '@smartgate/shared-models';
import { Observable } from 'rxjs';

/** HTTP client of the public result check behind the QR code, which needs no session. */
@Injectable({ providedIn: 'root' })
export class ResultsApi {
  private readonly http = inject(HttpClient);

  /** Looks up a result by its QR token. An unknown token gets 404. */
  verify(token: string): Observable<ResultVerification> {
    return this.http.get<ResultVerification>(`/api/public/results/${encodeURIComponent(token)}`);
  }
}
