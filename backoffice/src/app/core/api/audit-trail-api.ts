import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditTrailPage } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

/** Filters of the administrators' audit search, as the API reads them; empty ones are left out. */
export interface AuditSearchFilters {
  officerId?: string;
  action?: string;
  record?: string;
  ip?: string;
  from?: string;
  to?: string;
}

/** The audit trail: one declaration's entries, and the administrators' search of all of them. Every read is audited. */
@Injectable({ providedIn: 'root' })
export class AuditTrailApi {
  private readonly http = inject(HttpClient);

  /** Fetches a page of a declaration's trail, newest first; supervisors and administrators only. */
  recordTrail(declarationId: string, page: number, pageSize: number): Observable<AuditTrailPage> {
    return this.http.get<AuditTrailPage>(
      `/api/officer/declarations/${encodeURIComponent(declarationId)}/trail`,
      {
        params: { page, pageSize },
      },
    );
  }

  /** Searches the whole trail. The filters name officers and records, never travellers. */
  search(filters: AuditSearchFilters, page: number, pageSize: number): Observable<AuditTrailPage> {
    const params = Object.fromEntries(
      Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]),
    );
    return this.http.get<AuditTrailPage>('/api/officer/admin/audit-log', {
      params: { ...params, page, pageSize },
    });
  }
}
