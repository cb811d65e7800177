import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ReasonKind,
  ReasonTemplate,
  ReasonTemplateCreation,
  ReasonTemplateOrder,
  ReasonTemplateUpdate,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const ADMIN_URL = '/api/officer/admin/reason-templates';

/** The reason templates: the active ones for the decision dialogs, and their administration. */
@Injectable({ providedIn: 'root' })
export class ReasonTemplatesApi {
  private readonly http = inject(HttpClient);

  /** Fetches the active templates of a kind, in the order the dialogs list them. */
  active(reasonKind: ReasonKind): Observable<ReasonTemplate[]> {
    return this.http.get<ReasonTemplate[]>('/api/officer/reason-templates', { params: { reasonKind } });
  }

  /** Fetches every template, deactivated ones included; administrators only. */
  all(): Observable<ReasonTemplate[]> {
    return this.http.get<ReasonTemplate[]>(ADMIN_URL);
  }

  create(creation: ReasonTemplateCreation): Observable<ReasonTemplate> {
    return this.http.post<ReasonTemplate>(ADMIN_URL, creation);
  }

  update(id: string, update: ReasonTemplateUpdate): Observable<ReasonTemplate> {
    return this.http.put<ReasonTemplate>(`${ADMIN_URL}/${encodeURIComponent(id)}`, update);
  }

  /** Saves the order of every template of a kind and returns all templates in their new order. */
  reorder(order: ReasonTemplateOrder): Observable<ReasonTemplate[]> {
    return this.http.put<ReasonTemplate[]>(`${ADMIN_URL}/order`, order);
  }
}
