import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApprovalDecision,
  DeclarationSummary,
  DeclarationView,
  Page,
  RejectionDecision,
  ResultRevocation,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

import type { DeclarationQuery } from './declaration-query';

const BASE_URL = '/api/officer/declarations';

/** The officers' declaration endpoints. Every decision carries the version the officer reviewed. */
@Injectable({ providedIn: 'root' })
export class OfficerDeclarationsApi {
  private readonly http = inject(HttpClient);

  list(query: DeclarationQuery): Observable<Page<DeclarationSummary>> {
    const params = new HttpParams()
      .set('status', query.status)
      .set('page', query.page)
      .set('pageSize', query.pageSize);
    return this.http.get<Page<DeclarationSummary>>(BASE_URL, { params });
  }

  /** Fetches one declaration. The API records every officer view in its audit log. */
  get(id: string): Observable<DeclarationView> {
    return this.http.get<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}`);
  }

  approve(id: string, decision: ApprovalDecision): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/approve`, decision);
  }

  reject(id: string, decision: RejectionDecision): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/reject`, decision);
  }

  /** Revokes the issued result of a declaration; only supervisors and administrators may. */
  revokeResult(id: string, revocation: ResultRevocation): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/revoke-result`, revocation);
  }

  /** Generates a failed result again under a new job; only supervisors and administrators may. */
  retryResult(id: string): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/retry-result`, {});
  }
}
