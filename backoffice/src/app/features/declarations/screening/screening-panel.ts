import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationScreening } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { ScreeningApi } from '../../../core/api/screening-api';
import { ScreeningFlags } from '../../../shared/ui/screening-flags';

/**
 * The screening of the declaration on the review screen: watchlist matches, expiring documents,
 * missing attachments, controlled goods and earlier rejections. It loads again whenever the
 * declaration's version changes, so a decision or an edit shows fresh flags.
 */
@Component({
  selector: 'sg-screening-panel',
  imports: [MatButtonModule, ScreeningFlags, TranslatePipe],
  template: `
    <section class="screening" aria-labelledby="screening-heading" aria-live="polite">
      <h2 id="screening-heading">{{ 'screening.title' | translate }}</h2>
      @if (failed()) {
        <div class="sg-alert" role="alert">
          <span>{{ 'screening.loadFailed' | translate }}</span>
          <button mat-stroked-button type="button" (click)="loadScreening()">
            {{ 'common.retry' | translate }}
          </button>
        </div>
      } @else if (screening(); as current) {
        @if (current.clean) {
          <p class="clean">{{ 'screening.clean' | translate }}</p>
        } @else {
          <p class="count">{{ 'screening.count' | translate: { count: current.flags.length } }}</p>
          <sg-screening-flags [flags]="current.flags" />
        }
      } @else {
        <p>{{ 'common.loading' | translate }}</p>
      }
    </section>
  `,
  styles: `
    .screening h2 {
      margin: 0 0 8px;
      font-size: 1.2rem;
      font-weight: 600;
    }

    .clean {
      margin: 0;
      color: var(--mat-sys-primary);
    }

    .count {
      margin: 0 0 8px;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScreeningPanel {
  private readonly api = inject(ScreeningApi);

  readonly declarationId = input.required<string>();
  /** The declaration's version; a new one loads the screening again. */
  readonly version = input.required<number>();

  protected readonly screening = signal<DeclarationScreening | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      this.declarationId();
      this.version();
      untracked(() => void this.loadScreening());
    });
  }

  protected async loadScreening(): Promise<void> {
    const id = this.declarationId();
    this.failed.set(false);
    try {
      const screening = await firstValueFrom(this.api.screening(id));
      if (id === this.declarationId()) {
        this.screening.set(screening);
      }
    } catch {
      this.failed.set(true);
    }
  }
}
