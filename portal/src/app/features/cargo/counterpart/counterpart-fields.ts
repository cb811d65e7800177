import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessPartnerView, Country } from '@smartgate/shared-models';

import { localizedName } from '../../../core/api/localized-name';
import { LanguageService } from '../../../core/i18n/language.service';
import { FieldError } from '../../../shared/forms/field-error';
import { FieldCommentAnchor } from '../../declarations/change-requests/field-comment-anchor';
import type { CounterpartForm } from '../cargo-form/cargo-form-model';

/** The company across the border that sells (import) or buys (export) the goods, typed or picked from the partners. */
@Component({
  selector: 'sg-counterpart-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    FieldCommentAnchor,
  ],
  template: `
    <fieldset class="section" [formGroup]="group()">
      <legend>{{ 'cargo.counterpart.heading' | translate }}</legend>

      @if (partners().length > 0) {
        <mat-form-field class="pick">
          <mat-label>{{ 'cargo.counterpart.pick' | translate }}</mat-label>
          <mat-select (selectionChange)="fillFromPartner($event.value)">
            @for (partner of partners(); track partner.id) {
              <mat-option [value]="partner">{{ partner.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'cargo.form.pickHint' | translate }}</mat-hint>
        </mat-form-field>
      }

      <div class="grid">
        <mat-form-field [sgFieldComment]="['counterpart', 'name']">
          <mat-label>{{ 'cargo.counterpart.name' | translate }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" />
          <mat-error>
            <sg-field-error [control]="group().controls.name" [path]="['counterpart', 'name']" />
          </mat-error>
        </mat-form-field>

        <mat-form-field [sgFieldComment]="['counterpart', 'country']">
          <mat-label>{{ 'fields.country' | translate }}</mat-label>
          <mat-select formControlName="country">
            @for (country of countries(); track country.code) {
              <mat-option [value]="country.code">{{ countryName(country) }}</mat-option>
            }
          </mat-select>
          <mat-error>
            <sg-field-error [control]="group().controls.country" [path]="['counterpart', 'country']" />
          </mat-error>
        </mat-form-field>

        <mat-form-field class="wide" [sgFieldComment]="['counterpart', 'address']">
          <mat-label>{{ 'fields.address' | translate }}</mat-label>
          <textarea matInput formControlName="address" rows="2" autocomplete="off"></textarea>
          <mat-error>
            <sg-field-error [control]="group().controls.address" [path]="['counterpart', 'address']" />
          </mat-error>
        </mat-form-field>
      </div>
    </fieldset>
  `,
  styleUrl: '../cargo-form/cargo-section.scss',
})
export class CounterpartFields {
  private readonly language = inject(LanguageService);
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly group = input.required<CounterpartForm>();
  readonly countries = input.required<readonly Country[]>();

  /** The company's regular partners across the border. */
  readonly partners = input<readonly BusinessPartnerView[]>([]);

  constructor() {
    // Errors from a submission are put on the controls from outside, so the view is checked again.
    effect((onCleanup) => {
      const subscription = this.group().events.subscribe(() => this.changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected countryName(country: Country): string {
    return localizedName(country, this.language.current());
  }

  protected fillFromPartner(partner: BusinessPartnerView): void {
    const group = this.group();
    group.markAsDirty();
    group.setValue({ name: partner.name, address: partner.address, country: partner.country });
  }
}
