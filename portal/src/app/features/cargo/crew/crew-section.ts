import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessDriverView, Country, DeclarationView } from '@smartgate/shared-models';

import {
  createTravellerForm,
  type TravellerForm,
} from '../../declarations/declaration-form/declaration-form-model';
import { TravellerFields } from '../../declarations/declaration-form/traveller-fields';
import { TravellerPhoto } from '../../declarations/declaration-form/traveller-photo/traveller-photo';
import { MAX_CREW } from '../cargo-form/cargo-form-model';

/**
 * The driver and crew of the truck crossing: each is a traveller with the same fields, MRZ entry
 * and portrait photo as in a crossing declaration, typed or filled from one of the company's drivers.
 */
@Component({
  selector: 'sg-crew-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    TravellerFields,
    TravellerPhoto,
  ],
  template: `
    <h2>{{ 'cargo.crew.heading' | translate }}</h2>
    <p>{{ 'cargo.crew.intro' | translate: { max: maxCrew - 1 } }}</p>

    @for (traveller of rows().controls; track traveller; let index = $index) {
      @if (drivers().length > 0) {
        <mat-form-field class="pick">
          <mat-label>{{
            (index === 0 ? 'cargo.crew.pickDriver' : 'cargo.crew.pickCrew') | translate: { n: index }
          }}</mat-label>
          <mat-select (selectionChange)="fillFromDriver(traveller, $event.value)">
            @for (driver of drivers(); track driver.id) {
              <mat-option [value]="driver">{{ driverLabel(driver) }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'cargo.form.pickHint' | translate }}</mat-hint>
        </mat-form-field>
      }
      <sg-traveller-fields
        [group]="traveller"
        [index]="index"
        [countries]="countries()"
        [crewRole]="index === 0 ? 'driver' : 'crew'"
        (removeRequested)="removeCrewMember(index)"
      >
        <sg-traveller-photo
          [group]="traveller"
          [position]="index"
          [declaration]="declaration()"
          [saveDraft]="saveDraft()"
        />
      </sg-traveller-fields>
    }

    <div class="actions">
      <button mat-stroked-button type="button" [disabled]="!canAdd()" (click)="addCrewMember()">
        {{ 'cargo.crew.add' | translate }}
      </button>
      <span class="count" aria-live="polite">
        {{ 'cargo.crew.count' | translate: { count: count(), max: maxCrew } }}
      </span>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .pick {
      display: block;
      width: min(100%, 420px);
      margin-bottom: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-bottom: 24px;
    }
    .count {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CrewSection {
  /** The travellers of the declaration: the driver first, then the crew. */
  readonly rows = input.required<FormArray<TravellerForm>>();

  readonly countries = input.required<readonly Country[]>();

  /** The company's drivers on record, offered to fill a row. */
  readonly drivers = input<readonly BusinessDriverView[]>([]);

  /** The stored declaration, whose travellers' photos are uploaded; null before its first save. */
  readonly declaration = input<DeclarationView | null>(null);

  /** Stores the draft before the first photo upload, so the photo has a traveller to belong to. */
  readonly saveDraft = input.required<() => Promise<DeclarationView | null>>();

  protected readonly maxCrew = MAX_CREW;

  // The FormArray is not a signal, so the row count is tracked here after each change.
  private readonly revision = signal(0);
  protected readonly count = computed(() => {
    this.revision();
    return this.rows().length;
  });
  protected readonly canAdd = computed(() => this.count() < MAX_CREW);

  protected driverLabel(driver: BusinessDriverView): string {
    const { fullName, documentNumber } = driver.traveller;
    return [fullName, documentNumber].filter(Boolean).join(' – ');
  }

  /** Fills a row from a driver on record; the row keeps its own id. */
  protected fillFromDriver(row: TravellerForm, driver: BusinessDriverView): void {
    const filled = createTravellerForm(driver.traveller).getRawValue();
    row.markAsDirty();
    row.patchValue({ ...filled, id: row.controls.id.value });
  }

  protected addCrewMember(): void {
    if (!this.canAdd()) {
      return;
    }

    this.rows().markAsDirty();
    this.rows().push(createTravellerForm());
    this.revision.update((value) => value + 1);
  }

  protected removeCrewMember(index: number): void {
    // The driver (index 0) stays, because a truck crossing always has one.
    if (index === 0) {
      return;
    }

    this.rows().markAsDirty();
    this.rows().removeAt(index);
    this.revision.update((value) => value + 1);
  }
}
