import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { GoodsUnit, HsCodeOption } from '@smartgate/shared-models';
import { Observable, shareReplay } from 'rxjs';

/** The goods import templates that the API serves for download. */
export const GOODS_IMPORT_TEMPLATES = {
  csv: '/api/reference/goods-import-template.csv',
  xlsx: '/api/reference/goods-import-template.xlsx',
} as const;

/** Reference data of the cargo form: HS codes and goods units. */
@Injectable({ providedIn: 'root' })
export class CargoReferenceApi {
  private readonly http = inject(HttpClient);

  /** Units fetched once per visit; a failed fetch is retried on the next subscription. */
  readonly units$: Observable<GoodsUnit[]> = this.http
    .get<GoodsUnit[]>('/api/reference/units')
    .pipe(shareReplay({ bufferSize: 1, refCount: false }));

  /** Searches HS codes by code prefix (with or without dots) or words of either description; at most 20. */
  searchHsCodes(query: string): Observable<HsCodeOption[]> {
    return this.http.get<HsCodeOption[]>('/api/reference/hs-codes', {
      params: new HttpParams().set('q', query),
    });
  }
}
