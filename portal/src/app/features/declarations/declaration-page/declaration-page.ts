import { ViewportScroller } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink, Scroll } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationView } from '@smartgate/shared-models';
import { filter, take } from 'rxjs';

import { DeclarationsApi } from '../../../core/api/declarations-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { FieldComments } from '../change-requests/field-comments';
import { DeclarationDetail } from '../declaration-detail/declaration-detail';
import { DeclarationForm } from '../declaration-form/declaration-form';
import { RepeatButton } from '../repeat/repeat-button';
import { RepeatNotice } from '../repeat/repeat-notice';
import { WithdrawButton } from '../withdrawal/withdraw-button';

/** How often to ask whether an approved declaration's result PDF is ready. */
const RESULT_POLL_INTERVAL_MS = 3000;

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * One declaration: the form while it is new, a draft or sent back for changes (with the officer's
 * comments at its top and beside the fields), the read-only detail afterwards.
 * While an approved declaration waits for its result PDF, the page fetches it again every few seconds.
 */
@Component({
  selector: 'sg-declaration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatProgressBarModule,
    TranslatePipe,
    DeclarationForm,
    DeclarationDetail,
    WithdrawButton,
    RepeatButton,
    RepeatNotice,
  ],
  providers: [FieldComments],
  templateUrl: './declaration-page.html',
})
export class DeclarationPage {
  private readonly api = inject(DeclarationsApi);
  private readonly router = inject(Router);
  private readonly viewportScroller = inject(ViewportScroller);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fieldComments = inject(FieldComments);

  /** The `:id` route parameter: a declaration id, or `new`. */
  readonly id = input.required<string>();

  protected readonly declaration = signal<DeclarationView | null>(null);
  protected readonly loadState = signal<LoadState>('loading');
  protected readonly errorKey = signal<string | null>(null);

  /** Changes whenever the form must start afresh, so that the template re-creates it. */
  protected readonly formSession = signal(0);

  protected readonly isEditable = computed(() => {
    const declaration = this.declaration();
    return (
      declaration === null || declaration.status === 'draft' || declaration.status === 'changes_requested'
    );
  });

  constructor() {
    // The officer's comments show beside the fields until the applicant submits again.
    effect(() => this.fieldComments.show(this.declaration()?.changeRequest));

    effect((onCleanup) => {
      const id = this.id();
      untracked(() => this.open(id, onCleanup));
    });

    effect((onCleanup) => {
      const declaration = this.declaration();
      if (declaration?.status === 'approved') {
        const timer = setTimeout(() => this.refresh(declaration), RESULT_POLL_INTERVAL_MS);
        onCleanup(() => clearTimeout(timer));
      }
    });
  }

  /** Keeps the page in step with the form, and gives a newly created declaration its own URL. */
  protected recordSave(view: DeclarationView): void {
    this.declaration.set(view);

    if (this.id() !== view.id) {
      this.keepScrollPosition(`/declarations/${view.id}`);
      void this.router.navigate(['/declarations', view.id], { replaceUrl: true });
    }
  }

  /**
   * Puts the scroll position back after the navigation to `url`. The first save of a new
   * declaration, often an autosave while the traveller types, only gives the page its own URL,
   * but the router scrolls to the top after every navigation. The position is restored in the
   * same task, so the page never shows the jump.
   */
  private keepScrollPosition(url: string): void {
    const position = this.viewportScroller.getScrollPosition();

    this.router.events
      .pipe(
        filter((event): event is Scroll => event instanceof Scroll && event.routerEvent.url === url),
        take(1),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => queueMicrotask(() => this.viewportScroller.scrollToPosition(position)));
  }

  private open(id: string, onCleanup: (cleanup: () => void) => void): void {
    this.errorKey.set(null);

    // The form itself just saved this declaration, so the page already has it.
    if (id !== 'new' && this.declaration()?.id === id) {
      this.loadState.set('ready');
      return;
    }

    this.formSession.update((session) => session + 1);
    if (id === 'new') {
      this.declaration.set(null);
      this.loadState.set('ready');
      return;
    }

    this.loadState.set('loading');
    const subscription = this.api.get(id).subscribe({
      next: (view) => {
        this.declaration.set(view);
        this.loadState.set('ready');
      },
      error: (error: unknown) => {
        this.errorKey.set(errorMessageKey(error));
        this.loadState.set('failed');
      },
    });
    onCleanup(() => subscription.unsubscribe());
  }

  private refresh(current: DeclarationView): void {
    this.api.get(current.id).subscribe({
      next: (view) => this.declaration.set(view),
      // A copy keeps the polling going after a failed attempt, such as a dropped connection.
      error: () => this.declaration.set({ ...current }),
    });
  }
}
