import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DocumentType, DocumentTypeRules, DocumentTypeRulesUpdate } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer/reference/document-types';

/** The administrator's document type endpoints. Other roles get 403. */
@Injectable({ providedIn: 'root' })
export class DocumentTypesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<DocumentTypeRules[]> {
    return this.http.get<DocumentTypeRules[]>(BASE_URL);
  }

  /** Replaces a document type's rules; the API records the change in the audit log. */
  update(code: DocumentType, rules: DocumentTypeRulesUpdate): Observable<DocumentTypeRules> {
    return this.http.put<DocumentTypeRules>(`${BASE_URL}/${encodeURIComponent(code)}`, rules);
  }
}
