import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BulkApprovalRequest,
  BulkApprovalResult,
  DeclarationScreening,
  ScreeningSummaryList,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer/declarations';

/** Screening flags of declarations and the supervisors' bulk approval. */
@Injectable({ providedIn: 'root' })
export class ScreeningApi {
  private readonly http = inject(HttpClient);

  /** Screens one declaration; the API audits the view. */
  screening(declarationId: string): Observable<DeclarationScreening> {
    return this.http.get<DeclarationScreening>(`${BASE_URL}/${encodeURIComponent(declarationId)}/screening`);
  }

  /** Tells, for each declaration of a queue page, whether screening passes it cleanly. */
  summaries(ids: string[]): Observable<ScreeningSummaryList> {
    return this.http.post<ScreeningSummaryList>(`${BASE_URL}/screening-summaries`, { ids });
  }

  /** Approves clean declarations at the versions read; supervisors and administrators only. */
  bulkApprove(request: BulkApprovalRequest): Observable<BulkApprovalResult> {
    return this.http.post<BulkApprovalResult>(`${BASE_URL}/bulk-approve`, request);
  }
}
