import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  checkCargoVehiclePlate,
  checkTrailerPlate,
  todayInTimeZone,
  type BusinessVehicleView,
  type Country,
} from '@smartgate/shared-models';
import { map, merge, startWith, switchMap } from 'rxjs';

import { localizedName } from '../../../core/api/localized-name';
import { LanguageService } from '../../../core/i18n/language.service';
import { dateOnlyToDate, dateToDateOnly, formatDateOnly } from '../../../shared/dates/date-only';
import { FieldError } from '../../../shared/forms/field-error';
import { FieldCommentAnchor } from '../../declarations/change-requests/field-comment-anchor';
import { CARGO_VEHICLE_KINDS, type CargoVehicleForm } from './cargo-vehicle-form';
import type { TrailerForm } from './trailer-form';
import { plateHint, type HintText } from './plate-hint';

/** Plate countries offered first: the two sides of the gates. */
const NEIGHBOUR_COUNTRIES = ['VNM', 'KHM'];

const MOTOR_VEHICLE_TYPES: readonly string[] = ['truck', 'tractor_unit', 'van'];
const TRAILER_TYPES: readonly string[] = ['trailer', 'semi_trailer'];

/**
 * The vehicle of the truck crossing, with its cross-border transport licence, and the optional
 * trailer. Either can be filled from the company's vehicles, and plates are checked as typed.
 */
@Component({
  selector: 'sg-cargo-vehicle-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    FieldCommentAnchor,
  ],
  templateUrl: './cargo-vehicle-fields.html',
  styleUrl: '../cargo-form/cargo-section.scss',
})
export class CargoVehicleFields {
  private readonly language = inject(LanguageService);
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly vehicle = input.required<CargoVehicleForm>();
  readonly trailer = input.required<TrailerForm>();
  readonly countries = input.required<readonly Country[]>();

  /** The company's vehicles on record, offered to fill the vehicle or the trailer. */
  readonly companyVehicles = input<readonly BusinessVehicleView[]>([]);

  /** The planned arrival's local date, against which the transport licence must still be valid. */
  readonly arrivalDate = input<string | null>(null);

  protected readonly kinds = CARGO_VEHICLE_KINDS;

  protected readonly motorVehicles = computed(() =>
    this.companyVehicles().filter((vehicle) => MOTOR_VEHICLE_TYPES.includes(vehicle.vehicleType)),
  );
  protected readonly trailers = computed(() =>
    this.companyVehicles().filter((vehicle) => TRAILER_TYPES.includes(vehicle.vehicleType)),
  );

  private readonly vehicleValue = toSignal(
    toObservable(this.vehicle).pipe(
      switchMap((group) =>
        group.valueChanges.pipe(
          startWith(null),
          map(() => group.getRawValue()),
        ),
      ),
    ),
  );
  private readonly trailerValue = toSignal(
    toObservable(this.trailer).pipe(
      switchMap((group) =>
        group.valueChanges.pipe(
          startWith(null),
          map(() => group.getRawValue()),
        ),
      ),
    ),
  );

  protected readonly hasTrailer = computed(() => this.trailerValue()?.present ?? false);

  protected readonly vehiclePlateHint = computed((): HintText => {
    const value = this.vehicleValue();
    return plateHint(
      value?.plateNumber ?? '',
      value?.plateCountry ?? null,
      checkCargoVehiclePlate,
      'vehicle',
    );
  });

  protected readonly trailerPlateHint = computed((): HintText => {
    const value = this.trailerValue();
    return plateHint(value?.plateNumber ?? '', value?.plateCountry ?? null, checkTrailerPlate, 'trailer');
  });

  /** "Valid until …" or "Expired on …" under the licence expiry, judged against the planned arrival. */
  protected readonly licenceHint = computed((): HintText | null => {
    const expiry = dateToDateOnly(this.vehicleValue()?.transportLicenceExpiry ?? null);
    if (!expiry) {
      return null;
    }

    const judgedOn = [this.arrivalDate(), todayInTimeZone()].filter(Boolean).sort().pop() as string;
    const key = expiry < judgedOn ? 'cargo.vehicle.licenceExpired' : 'cargo.vehicle.licenceValidUntil';
    return { key, params: { date: formatDateOnly(expiry) } };
  });

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

  constructor() {
    // The country changes what a valid plate is, so the plate is checked again.
    effect((onCleanup) => {
      const vehicle = this.vehicle();
      const trailer = this.trailer();
      const subscription = merge(
        vehicle.controls.plateCountry.valueChanges.pipe(map(() => vehicle.controls.plateNumber)),
        trailer.controls.plateCountry.valueChanges.pipe(map(() => trailer.controls.plateNumber)),
      ).subscribe((plate) => plate.updateValueAndValidity());
      onCleanup(() => subscription.unsubscribe());
    });

    // Errors from a submission are put on the controls from outside, so the view is checked again.
    effect((onCleanup) => {
      const subscription = merge(this.vehicle().events, this.trailer().events).subscribe(() =>
        this.changeDetector.markForCheck(),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected countryName(country: Country): string {
    return localizedName(country, this.language.current());
  }

  protected fillVehicle(picked: BusinessVehicleView): void {
    const vehicle = this.vehicle();
    vehicle.markAsDirty();
    vehicle.setValue({
      kind: picked.vehicleType as 'truck' | 'tractor_unit' | 'van',
      plateCountry: picked.plateCountry,
      plateNumber: picked.plateNumber,
      transportLicenceNumber: picked.transportLicenceNumber ?? '',
      transportLicenceExpiry: dateOnlyToDate(picked.transportLicenceExpiry),
    });
    vehicle.markAllAsTouched();
  }

  protected fillTrailer(picked: BusinessVehicleView): void {
    const trailer = this.trailer();
    trailer.markAsDirty();
    trailer.setValue({ present: true, plateCountry: picked.plateCountry, plateNumber: picked.plateNumber });
    trailer.markAllAsTouched();
  }
}
