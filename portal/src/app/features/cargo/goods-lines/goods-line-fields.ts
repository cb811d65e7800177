import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { formatHsCode, type Country, type GoodsUnit, type HsCodeOption } from '@smartgate/shared-models';
import { merge } from 'rxjs';

import { localizedName } from '../../../core/api/localized-name';
import { LanguageService } from '../../../core/i18n/language.service';
import { FieldError } from '../../../shared/forms/field-error';
import { FieldCommentAnchor } from '../../declarations/change-requests/field-comment-anchor';
import type { GoodsLineForm } from './goods-line-form';
import { HsCodeSearch } from './hs-code-search';
import { quantityDecimalsValidator } from './quantity-decimals';

/** Currencies offered first in the currency field; any ISO 4217 code can be typed. */
const COMMON_CURRENCIES = ['USD', 'VND', 'KHR', 'THB', 'CNY', 'EUR'];

/** The fields of one goods line, in a fieldset named "Goods line n". */
@Component({
  selector: 'sg-goods-line-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    FieldCommentAnchor,
  ],
  providers: [HsCodeSearch],
  templateUrl: './goods-line-fields.html',
  styleUrl: './goods-line-fields.scss',
})
export class GoodsLineFields {
  private readonly language = inject(LanguageService);
  private readonly changeDetector = inject(ChangeDetectorRef);
  protected readonly hsSearch = inject(HsCodeSearch);

  readonly group = input.required<GoodsLineForm>();

  /** Position in the declaration, counted from 0; the legend counts from 1. */
  readonly index = input.required<number>();

  readonly countries = input.required<readonly Country[]>();
  readonly units = input.required<readonly GoodsUnit[]>();

  /** False for the only line, which stays because a declaration needs at least one. */
  readonly removable = input(true);

  readonly removeRequested = output<void>();

  protected readonly currencies = COMMON_CURRENCIES;

  protected readonly path = computed((): readonly (string | number)[] => ['goodsLines', this.index()]);

  /** The units in the interface language, for the unit select. */
  protected readonly unitOptions = computed(() =>
    this.units().map((unit) => ({ code: unit.code, name: localizedName(unit, this.language.current()) })),
  );

  private readonly unitsForValidator = toObservable(this.units);

  constructor() {
    // A quantity may have no more decimals than its unit allows, so it is checked against the unit.
    effect((onCleanup) => {
      const group = this.group();
      const validator = quantityDecimalsValidator(() => this.units());
      group.controls.quantity.addValidators(validator);
      const subscription = merge(group.controls.unitCode.valueChanges, this.unitsForValidator).subscribe(() =>
        group.controls.quantity.updateValueAndValidity(),
      );
      onCleanup(() => {
        subscription.unsubscribe();
        group.controls.quantity.removeValidators(validator);
      });
    });

    // Errors from a submission are put on the controls from outside, so the view is checked again.
    effect((onCleanup) => {
      const subscription = this.group().events.subscribe(() => this.changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });

    toObservable(this.group)
      .pipe(takeUntilDestroyed())
      .subscribe((group) => this.hsSearch.watch(group.controls.hsCode));
  }

  protected fieldPath(field: string): readonly (string | number)[] {
    return [...this.path(), field];
  }

  protected countryName(country: Country): string {
    return localizedName(country, this.language.current());
  }

  protected hsDescription(option: HsCodeOption): string {
    return this.language.current() === 'vi' ? option.descriptionVi : option.descriptionEn;
  }

  protected formatCode(code: string): string {
    return formatHsCode(code);
  }

  /** Fills a blank description with the description of the code the applicant picked from the list. */
  protected pickHsCode(formattedCode: string): void {
    const option = this.hsSearch
      .options()
      .find((candidate) => formatHsCode(candidate.code) === formattedCode);
    const description = this.group().controls.description;
    if (option && description.value.trim() === '') {
      description.setValue(this.hsDescription(option));
    }
  }
}
