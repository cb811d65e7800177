import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Country, DocumentTypeRules, Gate, TravelPurpose } from '@smartgate/shared-models';
import { Observable, shareReplay } from 'rxjs';

/**
 * Gates, purposes, countries and document type rules for the declaration form. Each list is fetched once per visit
 * because reference data changes rarely. A failed fetch is retried on the next subscription.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceDataApi {
  private readonly http = inject(HttpClient);

  readonly gates$: Observable<Gate[]> = this.cached<Gate[]>('/api/public/gates');
  readonly purposes$: Observable<TravelPurpose[]> = this.cached<TravelPurpose[]>('/api/public/purposes');
  readonly countries$: Observable<Country[]> = this.cached<Country[]>('/api/public/countries');
  readonly documentTypes$: Observable<DocumentTypeRules[]> = this.cached<DocumentTypeRules[]>(
    '/api/public/document-types',
  );

  private cached<T>(url: string): Observable<T> {
    return this.http.get<T>(url).pipe(shareReplay({ bufferSize: 1, refCount: false }));
  }
}
