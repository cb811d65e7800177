import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CrossingDeclarationDraft,
  DeclarationSummary,
  DeclarationView,
  Page,
} from '@smartgate/shared-models';
import { Observable } from 'rxjs';

const BASE_URL = '/api/applicant/declarations';

/** HTTP client of the signed-in applicant's own declarations. */
@Injectable({ providedIn: 'root' })
export class DeclarationsApi {
  private readonly http = inject(HttpClient);

  list(page: number, pageSize: number): Observable<Page<DeclarationSummary>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<DeclarationSummary>>(BASE_URL, { params });
  }

  get(id: string): Observable<DeclarationView> {
    return this.http.get<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}`);
  }

  create(draft: CrossingDeclarationDraft): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(BASE_URL, draft);
  }

  /** Replaces a draft's data. `version` is the version last read, so a stale edit gets 409. */
  update(id: string, version: number, draft: CrossingDeclarationDraft): Observable<DeclarationView> {
    return this.http.put<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}`, { version, data: draft });
  }

  /** Submits a saved draft. An incomplete one gets 422 with every invalid field and stays a draft. */
  submit(id: string, version: number): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/submit`, { version });
  }

  /** Withdraws a draft or submitted declaration. A decided one gets 409 and stays as it is. */
  withdraw(id: string, version: number): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/withdraw`, { version });
  }

  /** Starts a new draft with the declaration's gate, direction, purpose and travellers, but no crossing date. */
  repeat(id: string): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/repeat`, null);
  }

  /** URL of the result PDF, which exists once the declaration is issued. */
  resultPdfUrl(id: string): string {
    return `${BASE_URL}/${encodeURIComponent(id)}/result.pdf`;
  }
}
