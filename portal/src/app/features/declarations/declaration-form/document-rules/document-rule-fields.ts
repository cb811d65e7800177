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
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { allowedProvinces } from '@smartgate/shared-models';
import { merge, type Subscription } from 'rxjs';

import { ReferenceDataApi } from '../../../../core/api/reference-data-api';
import { LanguageService } from '../../../../core/i18n/language.service';
import { FieldError } from '../../../../shared/forms/field-error';
import { TRAVELLER_LABEL_KEYS, translateIssue } from '../../../../shared/forms/validation-text';
import { FieldCommentAnchor } from '../../change-requests/field-comment-anchor';
import type { TravellerForm } from '../declaration-form-model';
import {
  DOCUMENT_RULE_FIELDS,
  checkTravellerDocument,
  crossingControlsOf,
  documentRuleValidator,
} from './document-rule-check';

/**
 * The fields that only some document types ask for: the issue date and the province the document
 * is valid for. The rules of the chosen type are checked as the traveller types. Errors show at
 * their fields, and warnings, which never block the submission, show below them.
 */
@Component({
  selector: 'sg-document-rule-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    // The datepicker parts are imported one by one because MatDatepickerModule provides its own
    // MatDatepickerIntl, which would hide the translated one that the app provides.
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldError,
    FieldCommentAnchor,
  ],
  templateUrl: './document-rule-fields.html',
  styleUrl: './document-rule-fields.scss',
})
export class DocumentRuleFields {
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly travellerLabels = inject(TRAVELLER_LABEL_KEYS);

  readonly group = input.required<TravellerForm>();

  /** The path prefix of the traveller's fields, such as `['travellers', 1]`. */
  readonly path = input.required<readonly (string | number)[]>();

  private readonly documentTypes = toSignal(this.referenceData.documentTypes$, { initialValue: [] });
  private readonly gates = toSignal(this.referenceData.gates$, { initialValue: [] });

  /** Counts changes of the traveller and the crossing, which the form reports as events rather than signals. */
  private readonly changes = signal(0);

  protected readonly today = new Date();

  private readonly findings = computed(() => {
    this.changes();
    return checkTravellerDocument(this.group(), { documentTypes: this.documentTypes(), gates: this.gates() });
  });

  private readonly rules = computed(() => {
    this.changes();
    const code = this.group().controls.documentType.value;
    return this.documentTypes().find((type) => type.code === code);
  });

  protected readonly showsIssueDate = computed(() => this.rules()?.requiresIssueDate ?? false);

  protected readonly provinceOptions = computed(() => {
    const rules = this.rules();
    const gate = this.gates().find((candidate) => candidate.code === this.gateCode());
    return rules && gate ? allowedProvinces(rules, gate) : [];
  });

  protected readonly showsProvince = computed(() => (this.rules()?.validProvinceRule ?? 'none') !== 'none');

  protected readonly warnings = computed(() => {
    // Reading the language makes the text follow a language switch.
    this.language.current();
    return this.findings().warnings.map((warning) =>
      translateIssue(
        this.translate,
        { key: warning.code, params: warning.params },
        this.fieldPath(warning.field),
        this.travellerLabels,
      ),
    );
  });

  private readonly gateCode = computed(() => {
    this.changes();
    return crossingControlsOf(this.group()).gateCode?.value ?? null;
  });

  constructor() {
    effect((onCleanup) => {
      const group = this.group();
      const removeValidators = this.installValidators(group);
      const subscription = this.watchChanges(group);
      onCleanup(() => {
        subscription.unsubscribe();
        removeValidators();
      });
    });

    // The rules and gates arrive after the form is built, and then every field is checked again.
    effect(() => {
      this.documentTypes();
      this.gates();
      untracked(() => this.revalidate());
    });
  }

  protected fieldPath(field: string): readonly (string | number)[] {
    return [...this.path(), field];
  }

  private installValidators(group: TravellerForm): () => void {
    const findings = () =>
      checkTravellerDocument(group, {
        documentTypes: untracked(this.documentTypes),
        gates: untracked(this.gates),
      });
    const installed = DOCUMENT_RULE_FIELDS.map((field) => {
      const control = group.controls[field];
      const validator = documentRuleValidator(field, findings);
      control.addValidators(validator);
      return () => control.removeValidators(validator);
    });
    return () => installed.forEach((remove) => remove());
  }

  /** Checks the fields again whenever the traveller, the crossing date or the gate changes. */
  private watchChanges(group: TravellerForm): Subscription {
    const crossing = crossingControlsOf(group);
    const sources = [
      group.valueChanges,
      crossing.plannedCrossingDate?.valueChanges,
      crossing.gateCode?.valueChanges,
    ];

    const subscription = merge(...sources.filter((source) => source !== undefined)).subscribe(() =>
      this.revalidate(),
    );
    subscription.add(
      group.controls.documentType.valueChanges.subscribe(() => this.clearUnaskedFields(group)),
    );
    return subscription;
  }

  /**
   * Empties the issue date and province when the newly chosen document type does not ask for
   * them, so that a value typed for another type is not sent with this one.
   */
  private clearUnaskedFields(group: TravellerForm): void {
    const code = group.controls.documentType.value;
    const rules = untracked(this.documentTypes).find((type) => type.code === code);
    if (!rules) {
      return;
    }

    if (!rules.requiresIssueDate) {
      group.controls.documentIssueDate.setValue(null, { emitEvent: false });
    }
    if (rules.validProvinceRule === 'none') {
      group.controls.documentValidProvince.setValue('', { emitEvent: false });
    }
  }

  /**
   * Runs each field's validators again. `onlySelf` keeps the traveller group from emitting a new
   * value, which would start this again.
   */
  private revalidate(): void {
    const group = this.group();
    for (const field of DOCUMENT_RULE_FIELDS) {
      group.controls[field].updateValueAndValidity({ onlySelf: true });
    }
    this.changes.update((count) => count + 1);
  }
}
