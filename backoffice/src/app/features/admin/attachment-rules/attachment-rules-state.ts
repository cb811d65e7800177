import { ErrorHandler, Injectable, inject, signal } from '@angular/core';
import type { AttachmentRule } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { AttachmentRulesApi } from './attachment-rules-api';

/**
 * The attachment rules as the page shows them, shared by the page and its dialog so that a
 * reload after a version conflict refreshes both. Provided by the page.
 */
@Injectable()
export class AttachmentRulesState {
  private readonly api = inject(AttachmentRulesApi);
  private readonly errorHandler = inject(ErrorHandler);

  readonly rules = signal<AttachmentRule[]>([]);
  readonly loading = signal(false);
  readonly loadFailed = signal(false);

  /** Loads every rule again. Returns false, with `loadFailed` set, when the list could not be loaded. */
  async load(): Promise<boolean> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.rules.set(await firstValueFrom(this.api.list()));
      return true;
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
      return false;
    } finally {
      this.loading.set(false);
    }
  }

  /** Returns the loaded rule with this id, or undefined. */
  find(id: string): AttachmentRule | undefined {
    return this.rules().find((rule) => rule.id === id);
  }

  /** Puts a saved rule in the list, in place of its older version or at the end when it is new. */
  store(saved: AttachmentRule): void {
    const exists = this.rules().some((rule) => rule.id === saved.id);
    if (exists) {
      this.rules.update((rules) => rules.map((rule) => (rule.id === saved.id ? saved : rule)));
    } else {
      this.rules.update((rules) => [...rules, saved]);
    }
  }
}
