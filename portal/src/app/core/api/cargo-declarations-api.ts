import { HttpClient, HttpParams, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ATTACHMENT_FILE_FIELD,
  ATTACHMENT_TYPE_FIELD,
  type AttachmentType,
  type CargoAttachment,
  type DeclarationSummary,
  type DeclarationView,
  type GoodsImportResult,
  type Page,
  GOODS_IMPORT_FILE_FIELD,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

import type { DeclarationStore } from './declaration-store';

/**
 * The cargo declarations of one business, which every staff member of the business may file and
 * read. The business id is read on every request, so a page reused for another business follows it.
 */
export class BusinessCargoDeclarations implements DeclarationStore {
  constructor(
    private readonly http: HttpClient,
    /** Returns the id of the business, read again on every request. */
    readonly businessId: () => string,
  ) {}

  private url(path = ''): string {
    return `/api/applicant/businesses/${encodeURIComponent(this.businessId())}/cargo-declarations${path}`;
  }

  private declarationUrl(id: string, path = ''): string {
    return this.url(`/${encodeURIComponent(id)}${path}`);
  }

  list(page: number, pageSize: number): Observable<Page<DeclarationSummary>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<DeclarationSummary>>(this.url(), { params });
  }

  get(id: string): Observable<DeclarationView> {
    return this.http.get<DeclarationView>(this.declarationUrl(id));
  }

  create(draft: object): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(this.url(), draft);
  }

  update(id: string, version: number, draft: object): Observable<DeclarationView> {
    return this.http.put<DeclarationView>(this.declarationUrl(id), { version, data: draft });
  }

  submit(id: string, version: number): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(this.declarationUrl(id, '/submit'), { version });
  }

  withdraw(id: string, version: number): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(this.declarationUrl(id, '/withdraw'), { version });
  }

  /** Starts a new draft from a previous declaration: the same route, vehicle, crew and goods, without an arrival time. */
  copy(id: string): Observable<DeclarationView> {
    return this.http.post<DeclarationView>(this.declarationUrl(id, '/copy'), null);
  }

  resultPdfUrl(id: string): string {
    return this.declarationUrl(id, '/result.pdf');
  }

  /** Reads goods lines from a CSV or XLSX file without changing the draft. */
  importGoods(id: string, file: File): Observable<GoodsImportResult> {
    const body = new FormData();
    body.append(GOODS_IMPORT_FILE_FIELD, file, file.name);
    return this.http.post<GoodsImportResult>(this.declarationUrl(id, '/goods-import'), body);
  }

  listAttachments(id: string): Observable<CargoAttachment[]> {
    return this.http.get<CargoAttachment[]>(this.declarationUrl(id, '/attachments'));
  }

  /** Uploads a typed attachment as multipart/form-data, the type before the file as the API reads them in order. */
  uploadAttachment(id: string, type: AttachmentType, file: File): Observable<HttpEvent<CargoAttachment>> {
    const body = new FormData();
    body.append(ATTACHMENT_TYPE_FIELD, type);
    body.append(ATTACHMENT_FILE_FIELD, file, file.name);
    return this.http.post<CargoAttachment>(this.declarationUrl(id, '/attachments'), body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  removeAttachment(id: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(
      this.declarationUrl(id, `/attachments/${encodeURIComponent(attachmentId)}`),
    );
  }

  attachmentUrl(id: string, attachmentId: string): string {
    return this.declarationUrl(id, `/attachments/${encodeURIComponent(attachmentId)}`);
  }
}

/** Opens the cargo declarations of a business the signed-in applicant belongs to. */
@Injectable({ providedIn: 'root' })
export class CargoDeclarationsApi {
  private readonly http = inject(HttpClient);

  forBusiness(businessId: string | (() => string)): BusinessCargoDeclarations {
    return new BusinessCargoDeclarations(
      this.http,
      typeof businessId === 'string' ? () => businessId : businessId,
    );
  }
}
