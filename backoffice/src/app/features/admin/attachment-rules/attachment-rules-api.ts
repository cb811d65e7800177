import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AttachmentRule, AttachmentRuleInput, AttachmentRuleUpdate } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer/reference/attachment-rules';

/** The administrator's attachment rule endpoints. Other roles get 403, and every change is audited. */
@Injectable({ providedIn: 'root' })
export class AttachmentRulesApi {
  private readonly http = inject(HttpClient);

  /** Lists every rule, inactive ones included. */
  list(): Observable<AttachmentRule[]> {
    return this.http.get<AttachmentRule[]>(BASE_URL);
  }

  create(rule: AttachmentRuleInput): Observable<AttachmentRule> {
    return this.http.post<AttachmentRule>(BASE_URL, rule);
  }

  /** Replaces a rule's fields. The API returns 409 when `version` is no longer the rule's current one. */
  update(id: string, rule: AttachmentRuleUpdate): Observable<AttachmentRule> {
    return this.http.put<AttachmentRule>(`${BASE_URL}/${encodeURIComponent(id)}`, rule);
  }
}
