import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { Country } from '@smartgate/shared-models';
import { map, startWith, switchMap } from 'rxjs';

import { localizedName } from '../../../core/api/localized-name';
import { LanguageService } from '../../../core/i18n/language.service';
import { FieldError } from '../../../shared/forms/field-error';
import { FieldCommentAnchor } from '../change-requests/field-comment-anchor';
import { findCountry, matchCountries } from './country-search';
import { DOCUMENT_TYPES, SEXES, TravellerForm } from './declaration-form-model';
import { DocumentRuleFields } from './document-rules/document-rule-fields';
import { MrzEntry } from './mrz-entry';
import { SaveTravellerButton } from '../saved-travellers/save-traveller-button';

/** The fields of one traveller, in a fieldset named "Lead traveller" or "Companion n". */
@Component({
  selector: 'sg-traveller-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    // The datepicker parts are imported one by one because MatDatepickerModule provides its own
    // MatDatepickerIntl, which would hide the translated one that the app provides.
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    FieldCommentAnchor,
    MrzEntry,
    SaveTravellerButton,
    DocumentRuleFields,
  ],
  templateUrl: './traveller-fields.html',
  styleUrl: './traveller-fields.scss',
})
export class TravellerFields {
  private static nextId = 0;

  private readonly language = inject(LanguageService);
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly group = input.required<TravellerForm>();

  /** Position in the declaration: 0 is the lead traveller, 1 to 9 are companions. */
  readonly index = input.required<number>();

  readonly countries = input.required<readonly Country[]>();

  /**
   * Names the fieldset in place of "Lead traveller" or "Companion n", for a traveller outside a
   * declaration such as a saved one. Its error messages then name the fields alone.
   */
  readonly label = input<string | null>(null);

  /**
   * The traveller's role on a truck crossing: the legend then reads "Driver" or "Crew member n",
   * and the button that saves a personal traveller profile is left out, because the company keeps its drivers.
   */
  readonly crewRole = input<'driver' | 'crew' | null>(null);

  /** Emitted when the applicant removes this companion. */
  readonly removeRequested = output<void>();

  protected readonly sexes = SEXES;
  protected readonly documentTypes = DOCUMENT_TYPES;
  protected readonly today = new Date();

  protected readonly sexLabelId = `traveller-sex-${TravellerFields.nextId++}`;

  protected readonly isLead = computed(() => this.index() === 0);

  /** The path prefix of this traveller's fields in the declaration schema; empty outside a declaration. */
  protected readonly path = computed((): readonly (string | number)[] =>
    this.label() === null ? ['travellers', this.index()] : [],
  );

  private readonly typedNationality = toSignal(
    toObservable(this.group).pipe(
      switchMap((group) =>
        group.controls.nationality.valueChanges.pipe(
          startWith(group.controls.nationality.value),
          map((value) => value ?? ''),
        ),
      ),
    ),
    { initialValue: '' },
  );

  protected readonly countryOptions = computed(() =>
    matchCountries(this.countries(), this.typedNationality()),
  );

  /** Shows a chosen country code as the country's name in the interface language, and other text as typed. */
  protected readonly displayCountry = (value: string | null): string => {
    const country = this.countries().find((candidate) => candidate.code === value);
    return country ? localizedName(country, this.language.current()) : (value ?? '');
  };

  constructor() {
    // Errors are put on the controls from outside this view (by the declaration form), so the
    // view must be checked again whenever the traveller's controls change state.
    toObservable(this.group)
      .pipe(
        switchMap((group) => group.events),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.changeDetector.markForCheck());

    // The autocomplete writes the display text only when the value is set, so rewrite it when
    // the country names arrive or the language changes.
    effect(() => {
      this.language.current();
      this.countries();
      const nationality = untracked(() => this.group().controls.nationality);
      nationality.setValue(nationality.value, { emitEvent: false });
    });
  }

  protected countryName(country: Country): string {
    return localizedName(country, this.language.current());
  }

  protected fieldPath(field: string): readonly (string | number)[] {
    return [...this.path(), field];
  }

  /** Accepts a country typed in full (name or code) without picking it from the list. */
  protected resolveTypedCountry(): void {
    const nationality = this.group().controls.nationality;
    const country = findCountry(this.countries(), nationality.value);
    if (country && country.code !== nationality.value) {
      nationality.setValue(country.code);
    }
  }
}
