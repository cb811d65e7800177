import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssignmentRequest,
  AssignmentView,
  QueuePage,
  QueueSummaryList,
  ReleaseRequest,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

import { type DeclarationQuery, queryParameters } from './declaration-query';

const BASE_URL = '/api/officer/declarations';

/** The officers' work queues, search and holds. */
@Injectable({ providedIn: 'root' })
export class ReviewQueueApi {
  private readonly http = inject(HttpClient);

  /**
   * Fetches one queue page. Search text may be a person's name, so it goes in the body of a POST
   * and never into an address that browser histories and proxies keep.
   */
  list(query: DeclarationQuery, search?: string): Observable<QueuePage> {
    if (search) {
      return this.http.post<QueuePage>(`${BASE_URL}/search`, { ...queryParameters(query), search });
    }
    return this.http.get<QueuePage>(BASE_URL, { params: queryParameters(query) });
  }

  /** Counts each work queue of the officer's gates and gives the age of its oldest record. */
  summary(): Observable<QueueSummaryList> {
    return this.http.get<QueueSummaryList>('/api/officer/queue-summary');
  }

  assignment(id: string): Observable<AssignmentView> {
    return this.http.get<AssignmentView>(`${BASE_URL}/${encodeURIComponent(id)}/assignment`);
  }

  /** Holds a declaration for the officer; `takeOver` lets a supervisor take it from its holder. */
  assign(id: string, request: AssignmentRequest): Observable<AssignmentView> {
    return this.http.post<AssignmentView>(`${BASE_URL}/${encodeURIComponent(id)}/assign`, request);
  }

  release(id: string, request: ReleaseRequest): Observable<AssignmentView> {
    return this.http.post<AssignmentView>(`${BASE_URL}/${encodeURIComponent(id)}/release`, request);
  }
}
