import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AttachmentRule, GoodsUnit, HsCodeOption } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

/** The reference data of consignments: HS codes, goods units and the attachment rules. */
@Injectable({ providedIn: 'root' })
export class CargoReferenceApi {
  private readonly http = inject(HttpClient);

  /** Searches HS codes by a code prefix (dots allowed) or words of either description; at most 20. */
  searchHsCodes(query: string): Observable<HsCodeOption[]> {
    return this.http.get<HsCodeOption[]>('/api/reference/hs-codes', {
      params: new HttpParams().set('q', query),
    });
  }

  units(): Observable<GoodsUnit[]> {
    return this.http.get<GoodsUnit[]>('/api/reference/units');
  }

  /** Lists the active rules, which decide the documents a consignment needs. */
  attachmentRules(): Observable<AttachmentRule[]> {
    return this.http.get<AttachmentRule[]>('/api/reference/attachment-rules');
  }
}
