import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

import { BusinessCargoDeclarations } from '../../../core/api/cargo-declarations-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { COPIED_STATE_KEY } from './copy-notice';

/**
 * "Copy": starts a new cargo declaration from an earlier one, for the repeat shipments that make
 * up most of the traffic. The API copies the route, vehicle, crew and goods without the arrival
 * time, and the form opens on the copy.
 */
@Component({
  selector: 'sg-copy-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button
      mat-stroked-button
      type="button"
      [disabled]="busy()"
      [attr.aria-label]="label() ? ('cargo.copy.buttonNamed' | translate: { name: label() }) : null"
      (click)="copy()"
    >
      {{ 'cargo.copy.button' | translate }}
    </button>
    @if (errorKey(); as key) {
      <p class="alert" role="alert">{{ key | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 12px;
    }
    .alert {
      margin: 8px 0 0;
    }
  `,
})
export class CopyButton {
  private readonly store = inject(BusinessCargoDeclarations);
  private readonly router = inject(Router);

  readonly declarationId = input.required<string>();

  /** What tells this declaration apart in a list, such as its reference and plate, for screen readers. */
  readonly label = input<string | null>(null);

  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected async copy(): Promise<void> {
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      const draft = await firstValueFrom(this.store.copy(this.declarationId()));
      await this.router.navigate(['/business', this.store.businessId(), 'cargo', draft.id], {
        state: { [COPIED_STATE_KEY]: true },
      });
    } catch (error) {
      this.errorKey.set(errorMessageKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
