import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DeclarationView, ProblemType } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { DECLARATION_STORE } from '../../../core/api/declaration-store';
import { errorMessageKey } from '../../../core/errors/error-message';
import { isProblem } from '../../../core/http/problem';
import {
  AUTOSAVE_DELAY_MS,
  RETRY_DELAYS_MS,
  isOffline,
  isTransient,
  type AutosaveSource,
  type AutosaveState,
} from './autosave-state';

/**
 * Saves a draft declaration on the server while the traveller types: a moment after the last
 * change, at once when a field loses focus or the page is hidden, and again with growing waits
 * after a dropped connection. Saves run one at a time, and each sends the version of the last,
 * so a version saved elsewhere gets 409 and the traveller's entries stay in the form.
 * Provide it in the form component, which owns one draft.
 */
@Injectable()
export class DraftAutosave {
  private readonly api = inject(DECLARATION_STORE);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  private readonly stateSignal = signal<AutosaveState>({ kind: 'idle' });
  private readonly currentSignal = signal<DeclarationView | null>(null);

  /** Current status, for the status line. */
  readonly state = this.stateSignal.asReadonly();

  /** The last view read from or written to the API. Its version guards the next update. */
  readonly current = this.currentSignal.asReadonly();

  private source: AutosaveSource | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failedAttempts = 0;
  /** Counts the traveller's changes; `savedRevision` is the count the server has. */
  private revision = 0;
  private savedRevision = 0;
  /** Set once the declaration is submitted: nothing is saved any more. */
  private stopped = false;
  /** Set once the form is gone: a last save may still run, but nothing is reported or retried. */
  private destroyed = false;

  constructor() {
    const view = this.document.defaultView;
    const saveWhenHidden = () => {
      if (this.document.visibilityState === 'hidden') {
        void this.flush();
      }
    };
    const retryWhenOnline = () => {
      if (this.stateSignal().kind === 'retrying') {
        this.retryNow();
      }
    };

    this.document.addEventListener('visibilitychange', saveWhenHidden);
    view?.addEventListener('online', retryWhenOnline);
    this.destroyRef.onDestroy(() => {
      this.destroyed = true;
      // Changes still waiting for the pause are sent now, because the request outlives the form.
      if (this.changeTimer !== undefined) {
        void this.autosave();
      }
      this.cancelTimers();
      this.document.removeEventListener('visibilitychange', saveWhenHidden);
      view?.removeEventListener('online', retryWhenOnline);
    });
  }

  /** Starts autosaving a draft: `initial` is the stored draft, or null for a declaration not saved yet. */
  connect(initial: DeclarationView | null, source: AutosaveSource): void {
    this.currentSignal.set(initial);
    this.source = source;

    source.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      if (source.form.dirty) {
        this.noteChange();
      }
    });
  }

  /** Records a change by the traveller, and saves once no other change follows for a moment. */
  noteChange(): void {
    if (this.stopped || this.destroyed) {
      return;
    }

    this.revision++;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => void this.autosave(), AUTOSAVE_DELAY_MS);
  }

  /** Saves unsaved changes now, without waiting for the traveller to pause. */
  async flush(): Promise<void> {
    if (this.changeTimer === undefined) {
      return;
    }
    await this.autosave();
  }

  /**
   * Saves this draft now, after any save in flight, as the "Save draft" and "Submit" buttons
   * do. Rejects with the API's error, which the status line also shows.
   */
  async save(draft: object): Promise<DeclarationView> {
    this.revision++;
    this.cancelTimers();
    const revision = this.revision;

    return this.enqueue(() => this.store(draft, revision, false));
  }

  /**
   * Resolves a conflict in favour of the traveller's entries: loads the newest version and saves
   * the form over it. A declaration that is no longer a draft stays as it is.
   */
  async overwrite(): Promise<void> {
    const current = this.currentSignal();
    if (!current || this.stopped) {
      return;
    }

    this.stateSignal.set({ kind: 'saving' });
    try {
      const latest = await firstValueFrom(this.api.get(current.id));
      this.currentSignal.set(latest);
      if (latest.status !== 'draft' && latest.status !== 'changes_requested') {
        this.stateSignal.set({ kind: 'locked' });
        return;
      }
    } catch (error) {
      this.recordFailure(error);
      return;
    }

    this.revision++;
    await this.autosave();
  }

  /** Stops saving for good, such as once the declaration is submitted. */
  stop(): void {
    this.stopped = true;
    this.cancelTimers();
  }

  private async autosave(): Promise<void> {
    this.cancelTimers();
    if (this.stopped || this.isBlocked() || this.revision === this.savedRevision) {
      return;
    }

    await this.enqueue(async () => {
      // A save queued before this one may have stored these changes already.
      if (this.stopped || this.revision === this.savedRevision || this.isBlocked()) {
        return;
      }

      const savable = this.source?.read() ?? null;
      if (!savable) {
        this.stateSignal.set({ kind: 'failed', messageKey: 'autosave.checkFields' });
        return;
      }
      await this.store(savable.draft, this.revision, savable.partial);
    }).catch(() => undefined);
  }

  /** Creates the draft on its first save and updates it afterwards. */
  private async store(draft: object, revision: number, partial: boolean): Promise<DeclarationView> {
    this.stateSignal.set({ kind: 'saving' });
    const current = this.currentSignal();

    try {
      const view = await firstValueFrom(
        current ? this.api.update(current.id, current.version, draft) : this.api.create(draft),
      );
      this.recordSuccess(view, revision, partial);
      return view;
    } catch (error) {
      this.recordFailure(error);
      throw error;
    }
  }

  private recordSuccess(view: DeclarationView, revision: number, partial: boolean): void {
    this.currentSignal.set(view);
    this.savedRevision = Math.max(this.savedRevision, revision);
    this.failedAttempts = 0;
    this.stateSignal.set({ kind: 'saved', at: view.updatedAt, partial });
    if (this.destroyed) {
      return;
    }
    this.source?.saved(view);

    // Changes made while the request was on its way are saved after the usual pause.
    if (this.revision > this.savedRevision && this.changeTimer === undefined && !this.stopped) {
      this.changeTimer = setTimeout(() => void this.autosave(), AUTOSAVE_DELAY_MS);
    }
  }

  private recordFailure(error: unknown): void {
    if (isProblem(error, ProblemType.conflict)) {
      this.stateSignal.set({ kind: 'conflict', ...conflictingVersion(error) });
    } else if (isProblem(error, ProblemType.invalidTransition)) {
      this.stateSignal.set({ kind: 'locked' });
    } else if (isTransient(error)) {
      this.stateSignal.set({ kind: 'retrying', offline: isOffline(error) });
      this.scheduleRetry();
    } else {
      this.stateSignal.set({ kind: 'failed', messageKey: errorMessageKey(error) });
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.destroyed) {
      return;
    }

    const delay = RETRY_DELAYS_MS[Math.min(this.failedAttempts, RETRY_DELAYS_MS.length - 1)];
    this.failedAttempts++;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.retryNow(), delay);
  }

  private retryNow(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;

    // A failed explicit save leaves the revision ahead of the saved one, so this saves again.
    void this.autosave();
  }

  private isBlocked(): boolean {
    const kind = this.stateSignal().kind;
    return kind === 'conflict' || kind === 'locked';
  }

  private cancelTimers(): void {
    clearTimeout(this.changeTimer);
    clearTimeout(this.retryTimer);
    this.changeTimer = undefined;
    this.retryTimer = undefined;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Reads the version saved elsewhere from a 409 body's `current` member, where the API sends one. */
function conflictingVersion(error: unknown): { current?: DeclarationView } {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const parsed = DeclarationView.safeParse((body as { current?: unknown } | null)?.current);
  return parsed.success ? { current: parsed.data } : {};
}
