import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DeclarationStatusAnswer, DeclarationStatusLookup } from '@smartgate/shared-models';
import { Observable } from 'rxjs';

/** HTTP client of the public status lookup, which needs no session. */
@Injectable({ providedIn: 'root' })
export class StatusLookupApi {
  private readonly http = inject(HttpClient);

  /**
   * Looks up a declaration's status by reference code and lead traveller's date of birth. Both
   * go in the POST body, never in the URL. A wrong code or date of birth gets 404, and too many
   * failed lookups from one address get 429.
   */
  lookUp(lookup: DeclarationStatusLookup): Observable<DeclarationStatusAnswer> {
    return this.http.post<DeclarationStatusAnswer>('/api/public/declaration-status', lookup);
  }
}
