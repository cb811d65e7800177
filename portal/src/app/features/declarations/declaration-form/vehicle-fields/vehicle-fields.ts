import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { checkPlateNumber, type Country } from '@smartgate/shared-models';
import { map, merge, startWith, switchMap } from 'rxjs';

import { localizedName } from '../../../../core/api/localized-name';
import { LanguageService } from '../../../../core/i18n/language.service';
import { FieldError } from '../../../../shared/forms/field-error';
import { FieldCommentAnchor } from '../../change-requests/field-comment-anchor';
import { VEHICLE_KINDS, type VehicleForm } from './vehicle-form';

/** Plate countries offered first: the two sides of the gates. */
const NEIGHBOUR_COUNTRIES = ['VNM', 'KHM'];

/** The optional private vehicle of the crossing: a car or motorbike and its plate. */
@Component({
  selector: 'sg-vehicle-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    FieldCommentAnchor,
  ],
  templateUrl: './vehicle-fields.html',
  styleUrl: './vehicle-fields.scss',
})
export class VehicleFields {
  private readonly language = inject(LanguageService);
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly group = input.required<VehicleForm>();

  readonly countries = input.required<readonly Country[]>();

  protected readonly kinds = VEHICLE_KINDS;

  private readonly value = toSignal(
    toObservable(this.group).pipe(
      switchMap((group) =>
        group.valueChanges.pipe(
          startWith(null),
          map(() => group.getRawValue()),
        ),
      ),
    ),
  );

  protected readonly present = computed(() => this.value()?.present ?? false);

  /** The countries sorted by name in the interface language, Vietnam and Cambodia first. */
  protected readonly countryOptions = computed(() => {
    const language = this.language.current();
    const collator = new Intl.Collator(language);
    const name = (country: Country) => localizedName(country, language);
    const neighbours = NEIGHBOUR_COUNTRIES.flatMap((code) =>
      this.countries().filter((country) => country.code === code),
    );
    const others = this.countries()
      .filter((country) => !NEIGHBOUR_COUNTRIES.includes(country.code))
      .sort((left, right) => collator.compare(name(left), name(right)));
    return [...neighbours, ...others];
  });

  /** The hint under the plate: the expected layout of a Vietnamese plate, or the form it will be kept in. */
  protected readonly plateHint = computed((): { key: string; params?: Record<string, string> } => {
    const vehicle = this.value();
    if (vehicle?.plateCountry && vehicle.plateNumber.trim()) {
      const checked = checkPlateNumber(vehicle.plateNumber, vehicle.plateCountry, vehicle.kind ?? undefined);
      if (!('issue' in checked)) {
        return { key: 'vehicle.recordedAs', params: { plate: checked.display } };
      }
    }
    if (vehicle?.plateCountry === 'VNM') {
      return { key: vehicle.kind === 'motorbike' ? 'vehicle.motorbikePlateHint' : 'vehicle.carPlateHint' };
    }
    return { key: 'vehicle.plateHint' };
  });

  constructor() {
    // The kind and the country change what a valid plate is, so the plate is checked again.
    toObservable(this.group)
      .pipe(
        switchMap((group) =>
          merge(group.controls.kind.valueChanges, group.controls.plateCountry.valueChanges).pipe(
            map(() => group),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((group) => group.controls.plateNumber.updateValueAndValidity());

    // Errors from a submission are put on the controls from outside, so the view is checked again.
    effect((onCleanup) => {
      const subscription = this.group().events.subscribe(() => this.changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected countryName(country: Country): string {
    return localizedName(country, this.language.current());
  }
}
