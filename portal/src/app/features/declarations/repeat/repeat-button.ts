import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

import { DeclarationsApi } from '../../../core/api/declarations-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { REPEATED_STATE_KEY } from './repeat-notice';

/**
 * "Repeat": files a new crossing with the gate, direction, purpose and travellers of an earlier
 * declaration. The API creates the draft without a date, and the form opens on it.
 */
@Component({
  selector: 'sg-repeat-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button
      mat-stroked-button
      type="button"
      [disabled]="busy()"
      [attr.aria-label]="
        travellerName() ? ('repeat.buttonNamed' | translate: { name: travellerName() }) : null
      "
      (click)="repeat()"
    >
      {{ 'repeat.button' | translate }}
    </button>
    @if (errorKey(); as key) {
      <p class="alert" role="alert">{{ key | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 16px;
    }
    .alert {
      margin: 8px 0 0;
    }
  `,
})
export class RepeatButton {
  private readonly api = inject(DeclarationsApi);
  private readonly router = inject(Router);

  readonly declarationId = input.required<string>();

  /** The lead traveller's name, which distinguishes the Repeat buttons of a list for screen readers. */
  readonly travellerName = input<string | null>(null);

  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected async repeat(): Promise<void> {
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      const draft = await firstValueFrom(this.api.repeat(this.declarationId()));
      await this.router.navigate(['/declarations', draft.id], { state: { [REPEATED_STATE_KEY]: true } });
    } catch (error) {
      this.errorKey.set(errorMessageKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
