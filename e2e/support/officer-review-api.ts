import { expect, type APIRequestContext } from '@playwright/test';

import { assignToSelf, postJson, signInOfficer } from './api-seed';
import { E2E_ADMIN } from './stack-settings';

/** An officer comment on one field, by the field's path such as `travellers.2.documentNumber`. */
export interface FieldCommentInput {
  field: string;
  comment: string;
}

/**
 * The officers' review endpoints, used as the back office uses them, for tests whose subject is
 * the traveller's side: each decision assigns the declaration first. The request context signs
 * in once as the e2e administrator.
 */
export class OfficerReviewApi {
  constructor(private readonly request: APIRequestContext) {}

  async signIn(): Promise<void> {
    await signInOfficer(this.request, E2E_ADMIN);
  }

  async requestChanges(declarationId: string, fieldComments: FieldCommentInput[]): Promise<void> {
    const version = await this.currentVersion(declarationId);
    await assignToSelf(this.request, { id: declarationId, version });
    await postJson(this.request, `/api/officer/declarations/${declarationId}/request-changes`, {
      version,
      fieldComments,
    });
  }

  async approve(declarationId: string): Promise<void> {
    const version = await this.currentVersion(declarationId);
    await assignToSelf(this.request, { id: declarationId, version });
    await postJson(this.request, `/api/officer/declarations/${declarationId}/approve`, { version });
  }

  /** Reads the version that a decision must name, as the back office does before deciding. */
  private async currentVersion(declarationId: string): Promise<number> {
    const response = await this.request.get(`/api/officer/declarations/${declarationId}`);
    expect(response.ok(), `GET /api/officer/declarations/${declarationId}`).toBeTruthy();
    return ((await response.json()) as { version: number }).version;
  }
}
