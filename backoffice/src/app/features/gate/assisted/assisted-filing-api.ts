import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  IDEMPOTENCY_KEY_HEADER,
  type AssistedFilingStatus,
  type CounterPhotoUpload,
  type DeclarationView,
  type DocumentTypeRules,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const FILINGS_URL = '/api/officer/assisted-declarations';

/** The endpoints of filing a declaration at the counter and printing its result. */
@Injectable({ providedIn: 'root' })
export class AssistedFilingApi {
  private readonly http = inject(HttpClient);

  /**
   * Files a declaration for the travellers at the counter. The same `idempotencyKey` again, as
   * after a double submit or a lost response, returns the declaration filed the first time.
   */
  file(body: Record<string, unknown>, idempotencyKey: string): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(FILINGS_URL, body, {
      headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
    });
  }

  /**
   * Uploads a portrait taken or chosen at the counter, before the filing that names it by the
   * returned `uploadId`. The API re-encodes it and refuses files that are not a usable portrait.
   */
  uploadPhoto(photo: Blob, fileName: string): Observable<CounterPhotoUpload> {
    const body = new FormData();
    body.append('photo', photo, fileName);
    return this.http.post<CounterPhotoUpload>(`${FILINGS_URL}/photos`, body);
  }

  /** Reads the status of a filing and its result, which the counter screen polls until the PDF is ready. */
  status(declarationId: string): Observable<AssistedFilingStatus> {
    return this.http.get<AssistedFilingStatus>(`${FILINGS_URL}/${encodeURIComponent(declarationId)}`);
  }

  /** Lists the document types with their rules, which decide the fields each traveller needs. */
  documentTypes(): Observable<DocumentTypeRules[]> {
    return this.http.get<DocumentTypeRules[]>('/api/public/document-types');
  }

  /** Builds the address of the issued result PDF, which the API serves inline and records in the audit log. */
  resultPdfUrl(declarationId: string): string {
    return `/api/officer/declarations/${encodeURIComponent(declarationId)}/result.pdf`;
  }
}
