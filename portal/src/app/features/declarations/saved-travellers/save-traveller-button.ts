import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import {
  MAX_TRAVELLER_PROFILES,
  ProblemType,
  TravellerProfileInput,
  type TravellerProfileView,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { TravellerProfilesApi } from '../../../core/api/traveller-profiles-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { isProblem, problemOf } from '../../../core/http/problem';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import { applyFieldErrors, applySchemaIssues } from '../../../shared/forms/form-issues';
import { travellerFormValue, type TravellerForm } from '../declaration-form/declaration-form-model';
import { documentKey } from './fill-traveller-rows';

/**
 * "Save this traveller": stores a traveller row of the declaration in "My travellers". A saved
 * traveller with the same document is updated rather than saved twice. Place it inside the
 * traveller's fieldset, where it moves focus to the first field to fix.
 */
@Component({
  selector: 'sg-save-traveller-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button mat-stroked-button type="button" [disabled]="busy()" (click)="saveTraveller()">
      {{ 'savedTravellers.save' | translate }}
    </button>
    <span class="message" role="status">
      @if (messageKey(); as key) {
        {{ key | translate: { max: maxProfiles } }}
      }
    </span>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-top: 12px;
    }
    .message {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SaveTravellerButton {
  private readonly api = inject(TravellerProfilesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The traveller row to save. */
  readonly group = input.required<TravellerForm>();

  protected readonly maxProfiles = MAX_TRAVELLER_PROFILES;
  protected readonly busy = signal(false);
  protected readonly messageKey = signal<string | null>(null);

  protected async saveTraveller(): Promise<void> {
    this.messageKey.set(null);
    const parsed = TravellerProfileInput.safeParse(travellerFormValue(this.group()));
    if (!parsed.success) {
      applySchemaIssues(this.group(), parsed.error.issues);
      this.showFailure('savedTravellers.fixFields');
      return;
    }

    this.busy.set(true);
    try {
      const existing = await this.findSaved(parsed.data);
      await firstValueFrom(
        existing ? this.api.update(existing.id, existing.version, parsed.data) : this.api.create(parsed.data),
      );
      this.messageKey.set(existing ? 'savedTravellers.updated' : 'savedTravellers.saved');
    } catch (error) {
      applyFieldErrors(this.group(), problemOf(error)?.errors ?? []);
      this.showFailure(
        isProblem(error, ProblemType.limitReached) ? 'savedTravellers.limit' : errorMessageKey(error),
      );
    } finally {
      this.busy.set(false);
    }
  }

  /** Finds the saved traveller with the same document, which this save updates. */
  private async findSaved(traveller: TravellerProfileInput): Promise<TravellerProfileView | undefined> {
    const key = documentKey(traveller);
    const saved = await firstValueFrom(this.api.list());
    return saved.find((profile) => documentKey(profile.traveller) === key);
  }

  private showFailure(messageKey: string): void {
    this.messageKey.set(messageKey);
    const fieldset = this.host.nativeElement.closest('fieldset') ?? this.host.nativeElement;
    focusFirstInvalidField(fieldset, this.injector);
  }
}
