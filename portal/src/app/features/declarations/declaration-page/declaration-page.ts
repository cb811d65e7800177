import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationView } from '@smartgate/shared-models';

import { DeclarationsApi } from '../../../core/api/declarations-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { DeclarationDetail } from '../declaration-detail/declaration-detail';
import { DeclarationForm } from '../declaration-form/declaration-form';
import { WithdrawButton } from '../withdrawal/withdraw-button';

/** How often to ask whether an approved declaration's result PDF is ready. */
const RESULT_POLL_INTERVAL_MS = 3000;

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * One declaration: the form while it is new or a draft, the read-only detail afterwards.
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
  ],
  templateUrl: './declaration-page.html',
})
export class DeclarationPage {
  private readonly api = inject(DeclarationsApi);
  private readonly router = inject(Router);

  /** The `:id` route parameter: a declaration id, or `new`. */
  readonly id = input.required<string>();

  protected readonly declaration = signal<DeclarationView | null>(null);
  protected readonly loadState = signal<LoadState>('loading');
  protected readonly errorKey = signal<string | null>(null);

  /** Changes whenever the form must start afresh, so that the template re-creates it. */
  protected readonly formSession = signal(0);

  protected readonly isEditable = computed(() => {
    const declaration = this.declaration();
    return declaration === null || declaration.status === 'draft';
  });

  constructor() {
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
      void this.router.navigate(['/declarations', view.id], { replaceUrl: true });
    }
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
