import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  inject,
  input,
  output,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { formatHsCode, type GoodsUnit, type HsCodeOption } from '@smartgate/shared-models';
import { map, switchMap } from 'rxjs';

import { LanguageState } from '../../../../core/i18n/language-state';
import { FieldLabelPipe } from '../field-label.pipe';
import { IssueMessagePipe } from '../issue-message.pipe';
import type { GoodsLineGroup } from './cargo-filing-form';
import { HsCodeSearch } from './hs-code-search';

/** One goods line: HS code with a search of the tariff, description, quantity and unit, weights, value and origin. */
@Component({
  selector: 'sg-goods-line-fields',
  imports: [
    FieldLabelPipe,
    IssueMessagePipe,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [HsCodeSearch],
  templateUrl: './goods-line-fields.html',
  styleUrl: './goods-line-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoodsLineFields implements OnInit {
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly group = input.required<GoodsLineGroup>();
  readonly index = input.required<number>();
  readonly units = input.required<readonly GoodsUnit[]>();
  readonly countries = input.required<readonly { code: string; name: string }[]>();
  readonly removable = input(false);
  readonly removeRequested = output<void>();

  protected readonly hsSearch = inject(HsCodeSearch);
  protected readonly language = inject(LanguageState).current;
  protected readonly formatCode = formatHsCode;
  protected readonly unitOptions = computed(() => {
    const vietnamese = this.language() === 'vi';
    return this.units().map((unit) => ({ code: unit.code, name: vietnamese ? unit.nameVi : unit.nameEn }));
  });

  constructor() {
    // The form's errors are put on these controls from outside this view.
    toObservable(this.group)
      .pipe(
        switchMap((group) => group.events.pipe(map(() => group))),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.changeDetector.markForCheck());
  }

  ngOnInit(): void {
    this.hsSearch.watch(this.group().controls.hsCode);
  }

  protected path(field: string): (string | number)[] {
    return ['goodsLines', this.index(), field];
  }

  protected hsDescription(option: HsCodeOption): string {
    return this.language() === 'vi' ? option.descriptionVi : option.descriptionEn;
  }

  /** Fills a blank description with the picked code's tariff words, which the officer may shorten. */
  protected pickHsCode(code: string): void {
    const option = this.hsSearch.options().find((candidate) => formatHsCode(candidate.code) === code);
    const description = this.group().controls.description;
    if (option && description.value.trim() === '') {
      description.setValue(this.hsDescription(option));
    }
  }
}
