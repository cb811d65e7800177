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

import { BusinessCargoDeclarations } from '../../../core/api/cargo-declarations-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { TRAVELLER_LABEL_KEYS } from '../../../shared/forms/validation-text';
import { FieldComments } from '../../declarations/change-requests/field-comments';
import { WithdrawButton } from '../../declarations/withdrawal/withdraw-button';
import { provideBusinessCargoStore } from '../business-cargo-store';
import { CargoDetail } from '../cargo-detail/cargo-detail';
import { CargoForm } from '../cargo-form/cargo-form';
import { CopyButton } from '../copy/copy-button';
import { CopyNotice } from '../copy/copy-notice';
import { CREW_LABELS } from '../crew/crew-labels';

/** How often to ask whether an approved declaration's result PDF is ready. */
const RESULT_POLL_INTERVAL_MS = 3000;

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * One cargo declaration of a business: the form while it is new, a draft or sent back for
 * changes (with the officer's comments), the read-only detail afterwards. While an approved
 * declaration waits for its result PDF, the page fetches it again every few seconds.
 */
@Component({
  selector: 'sg-cargo-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatProgressBarModule,
    TranslatePipe,
    CargoForm,
    CargoDetail,
    WithdrawButton,
    CopyButton,
    CopyNotice,
  ],
  providers: [
    FieldComments,
    provideBusinessCargoStore(),
    { provide: TRAVELLER_LABEL_KEYS, useValue: CREW_LABELS },
  ],
  templateUrl: './cargo-page.html',
})
export class CargoPage {
  protected readonly store = inject(BusinessCargoDeclarations);
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

  protected readonly businessId = computed(() => {
    this.id();
    return this.store.businessId();
  });

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
      const commands = ['/business', this.store.businessId(), 'cargo', view.id];
      this.keepScrollPosition(this.router.createUrlTree(commands).toString());
      void this.router.navigate(commands, { replaceUrl: true });
    }
  }

  /** Puts the scroll position back after the first save gives the page its own URL (see DeclarationPage). */
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
    const subscription = this.store.get(id).subscribe({
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
    this.store.get(current.id).subscribe({
      next: (view) => this.declaration.set(view),
      // A copy keeps the polling going after a failed attempt, such as a dropped connection.
      error: () => this.declaration.set({ ...current }),
    });
  }
}
