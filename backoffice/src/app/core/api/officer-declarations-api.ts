import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApprovalDecision,
  ChangeRequestDecision,
  DeclarationView,
  RejectionDecision,
  ResultRevocation,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer/declarations';

/** The officers' declaration endpoints. Every decision carries the version the officer reviewed. */
@Injectable({ providedIn: 'root' })
export class OfficerDeclarationsApi {
  private readonly http = inject(HttpClient);

  /** Fetches one declaration. The API records every officer view in its audit log. */
  get(id: string): Observable<DeclarationView> {
    return this.http.get<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}`);
  }

  /**
   * Fetches a traveller's portrait photo as a blob, to show through an object URL. The API
   * records every view in its audit log.
   */
  travellerPhoto(id: string, position: number): Observable<Blob> {
    return this.http.get(`${BASE_URL}/${encodeURIComponent(id)}/travellers/${position}/photo`, {
      responseType: 'blob',
    });
  }

  /**
   * Fetches a cargo declaration's attachment as a blob, to show in place through an object URL.
   * The API records every view in its audit log.
   */
  attachment(id: string, attachmentId: string): Observable<Blob> {
    return this.http.get(
      `${BASE_URL}/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`,
      {
        responseType: 'blob',
      },
    );
  }

  approve(id: string, decision: ApprovalDecision): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/approve`, decision);
  }

  reject(id: string, decision: RejectionDecision): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/reject`, decision);
  }

  /** Sends a submitted declaration back to the applicant with a general comment and comments on fields. */
  requestChanges(id: string, decision: ChangeRequestDecision): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(`${BASE_URL}/${encodeURIComponent(id)}/request-changes`, decision);
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
