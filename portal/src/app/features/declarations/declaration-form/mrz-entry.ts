import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { parseMrz, type MrzData, type MrzIssue } from '@smartgate/shared-models';

import { LanguageService } from '../../../core/i18n/language.service';
import { TRAVELLER_LABEL_KEYS, translateIssue } from '../../../shared/forms/validation-text';
import type { TravellerForm } from './declaration-form-model';
import { MRZ_FIELDS, fillFromMrz, mrzAgreementValidator } from './mrz-agreement';

/** The outcome of the MRZ the traveller entered last. */
interface MrzOutcome {
  /** False when the MRZ was unreadable or failed a check digit, so no field was filled. */
  applied: boolean;
  issues: MrzIssue[];
}

// NOTE: the portal cannot tell whether the API runs in demo mode, so it never accepts the ICAO
// specimen state UTO. Demo servers need a way to publish that setting first.
const PORTAL_DEMO_MODE = false;

/**
 * Fills a traveller's fields from the machine-readable zone of a passport (TD3) or ID card (TD1),
 * pasted or typed by a desk reader. An MRZ that fails a check digit fills nothing. Typed fields are
 * kept, and any that disagrees with the MRZ is flagged until it agrees.
 */
@Component({
  selector: 'sg-mrz-entry',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './mrz-entry.html',
  styleUrl: './mrz-entry.scss',
})
export class MrzEntry {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly travellerLabels = inject(TRAVELLER_LABEL_KEYS);

  /** The traveller's fields to fill. */
  readonly group = input.required<TravellerForm>();

  /** The traveller's path in the declaration schema, such as `['travellers', 1]`. */
  readonly path = input.required<readonly (string | number)[]>();

  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly outcome = signal<MrzOutcome | null>(null);
  private readonly mrz = signal<MrzData | null>(null);

  protected readonly issueMessages = computed(() => {
    // Reading the language makes the messages follow a language switch.
    this.language.current();
    const path = this.path();
    return (this.outcome()?.issues ?? []).map((issue) =>
      translateIssue(this.translate, { key: issue.key }, [...path, issue.field], this.travellerLabels),
    );
  });

  constructor() {
    // The validators stay on the controls, so a field edited later to disagree is flagged too.
    effect((onCleanup) => {
      const group = this.group();
      const validators = MRZ_FIELDS.map((field) => {
        const validator = mrzAgreementValidator(field, () => this.mrz());
        group.controls[field].addValidators(validator);
        return { field, validator };
      });
      onCleanup(() =>
        validators.forEach(({ field, validator }) => group.controls[field].removeValidators(validator)),
      );
    });
  }

  protected applyMrz(): void {
    const result = parseMrz(this.text.value, { demoMode: PORTAL_DEMO_MODE });
    const isUsable = result.data !== null && !result.issues.some((issue) => issue.key === 'mrzCheckDigit');
    if (!result.data || !isUsable) {
      this.outcome.set({ applied: false, issues: result.issues });
      return;
    }

    this.mrz.set(result.data);
    const group = untracked(() => this.group());
    fillFromMrz(group, result.data);
    for (const field of MRZ_FIELDS) {
      group.controls[field].updateValueAndValidity();
      group.controls[field].markAsTouched();
    }
    this.outcome.set({ applied: true, issues: result.issues });
  }
}
