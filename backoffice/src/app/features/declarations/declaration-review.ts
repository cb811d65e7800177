import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ChangeRequestDecision, DeclarationView, RejectionDecision } from '@smartgate/shared-models';
import { type Observable, firstValueFrom } from 'rxjs';

import { OfficerDeclarationsApi } from '../../core/api/officer-declarations-api';
import { isProblemOfType } from '../../core/errors/problem';

export type ReviewLoadState = 'loading' | 'ready' | 'notFound' | 'failed';

/** `conflict` means another officer decided first, and the declaration has been reloaded. */
export type DecisionOutcome = 'decided' | 'conflict';

/**
 * One declaration under review and the officer's decision on it. Each decision sends the version
 * the officer saw, so when two officers decide at once the API accepts one and returns 409 Conflict to the other.
 */
@Injectable()
export class DeclarationReview {
  private readonly api = inject(OfficerDeclarationsApi);
  private readonly current = signal<DeclarationView | null>(null);
  private readonly loadStateSignal = signal<ReviewLoadState>('loading');
  private readonly decidingSignal = signal(false);
  private readonly conflictSignal = signal(false);

  readonly declaration = this.current.asReadonly();
  readonly loadState = this.loadStateSignal.asReadonly();
  readonly deciding = this.decidingSignal.asReadonly();
  /** True after a decision lost to another officer's, until the officer decides again or opens another declaration. */
  readonly conflict = this.conflictSignal.asReadonly();
  readonly canDecide = computed(() => this.current()?.status === 'submitted' && !this.decidingSignal());

  /** Loads a declaration. Reloading the one on screen keeps it visible until the fresh copy arrives. */
  async load(id: string): Promise<void> {
    if (this.current()?.id !== id) {
      this.current.set(null);
      this.conflictSignal.set(false);
      this.loadStateSignal.set('loading');
    }

    try {
      this.current.set(await firstValueFrom(this.api.get(id)));
      this.loadStateSignal.set('ready');
    } catch (error) {
      const notFound = error instanceof HttpErrorResponse && error.status === 404;
      this.loadStateSignal.set(notFound ? 'notFound' : 'failed');
      if (!notFound) {
        throw error;
      }
    }
  }

  approve(): Promise<DecisionOutcome> {
    return this.decide((declaration) => this.api.approve(declaration.id, { version: declaration.version }));
  }

  /** Rejects the declaration with a picked reason template, free text, or both. */
  reject(rejection: Omit<RejectionDecision, 'version'>): Promise<DecisionOutcome> {
    return this.decide((declaration) =>
      this.api.reject(declaration.id, { ...rejection, version: declaration.version }),
    );
  }

  /** Sends the declaration back to the applicant for changes; the applicant edits it and submits it again. */
  requestChanges(request: Omit<ChangeRequestDecision, 'version'>): Promise<DecisionOutcome> {
    return this.decide((declaration) =>
      this.api.requestChanges(declaration.id, { ...request, version: declaration.version }),
    );
  }

  /** Revokes the declaration's issued result. A 409 means someone changed it first, as for a decision. */
  revokeResult(reason: string): Promise<DecisionOutcome> {
    return this.decide((declaration) =>
      this.api.revokeResult(declaration.id, { version: declaration.version, reason }),
    );
  }

  private async decide(send: (declaration: DeclarationView) => Observable<DeclarationView>) {
    const declaration = this.current();
    if (!declaration || this.decidingSignal()) {
      throw new Error('A decision needs a loaded declaration and no decision in progress.');
    }

    this.decidingSignal.set(true);
    this.conflictSignal.set(false);

    try {
      this.current.set(await firstValueFrom(send(declaration)));
      return 'decided' as const;
    } catch (error) {
      // 409 is either a stale version or a status that already moved on: both mean someone decided first.
      // A declaration that the officer does not hold is another 409, whose message says who holds it.
      const notHeld = isProblemOfType(error, 'declaration-held', 'declaration-not-assigned');
      if (!(error instanceof HttpErrorResponse && error.status === 409) || notHeld) {
        throw error;
      }

      this.conflictSignal.set(true);
      await this.load(declaration.id);
      return 'conflict' as const;
    } finally {
      this.decidingSignal.set(false);
    }
  }
}
