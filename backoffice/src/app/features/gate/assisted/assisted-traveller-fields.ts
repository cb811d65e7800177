import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  allowedProvinces,
  validationMessage,
  type DocumentTypeRules,
  type Gate,
} from '@smartgate/shared-models';
import { map, startWith, switchMap } from 'rxjs';

import { LanguageState } from '../../../core/i18n/language-state';
import { DOCUMENT_TYPES, SEXES, type TravellerGroup } from './assisted-form';
import { FieldLabelPipe } from './field-label.pipe';
import { IssueMessagePipe } from './issue-message.pipe';
import { fillTravellerFromMrz, readMrz } from './mrz-fill';
import { TravellerPhotoCapture } from './traveller-photo-capture';

/** The outcome of the MRZ read last: filled, or the messages of what kept it from filling. */
type MrzOutcome = { filled: true } | { filled: false; messages: string[] };

/**
 * One traveller's fields, the same as in the portal's form, with an MRZ field first that a desk
 * reader types into. A complete MRZ with valid check digits fills the fields at once.
 */
@Component({
  selector: 'sg-assisted-traveller-fields',
  imports: [
    FieldLabelPipe,
    IssueMessagePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
    TravellerPhotoCapture,
  ],
  templateUrl: './assisted-traveller-fields.html',
  styleUrl: './assisted-traveller-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssistedTravellerFields {
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly mrzField = viewChild<ElementRef<HTMLTextAreaElement>>('mrzField');

  readonly group = input.required<TravellerGroup>();
  /** Position in the declaration: 0 is the lead traveller. */
  readonly index = input.required<number>();
  readonly countries = input.required<readonly { code: string; name: string }[]>();
  readonly documentTypes = input.required<readonly DocumentTypeRules[]>();
  readonly gate = input<Gate | undefined>();
  /** The fieldset's title where the role is not "traveller", such as the driver of a truck. */
  readonly legend = input<string>();
  readonly removeRequested = output<void>();

  protected readonly language = inject(LanguageState).current;
  protected readonly sexes = SEXES;
  protected readonly documentTypeCodes = DOCUMENT_TYPES;
  protected readonly mrzText = new FormControl('', { nonNullable: true });
  protected readonly mrzOutcome = signal<MrzOutcome | null>(null);

  private readonly documentType = toSignal(
    toObservable(this.group).pipe(
      switchMap((group) =>
        group.controls.documentType.valueChanges.pipe(startWith(group.controls.documentType.value)),
      ),
    ),
    { initialValue: null },
  );
  private readonly rules = computed(() =>
    this.documentTypes().find((type) => type.code === this.documentType()),
  );
  protected readonly asksIssueDate = computed(() => this.rules()?.requiresIssueDate ?? false);
  protected readonly provinces = computed(() => {
    const rules = this.rules();
    const gate = this.gate();
    return rules && gate ? allowedProvinces(rules, gate) : [];
  });

  constructor() {
    // The page puts errors on these controls from outside this view, so any change of the
    // controls' state must check the view again.
    toObservable(this.group)
      .pipe(
        switchMap((group) => group.events.pipe(map(() => group))),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.changeDetector.markForCheck());

    // A value typed for a document type that asked for it must not be sent with one that does not.
    effect(() => {
      const controls = untracked(() => this.group()).controls;
      if (!this.asksIssueDate()) {
        controls.documentIssueDate.setValue('', { emitEvent: false });
      }
      if (this.provinces().length === 0) {
        controls.documentValidProvince.setValue('', { emitEvent: false });
      }
    });
  }

  /** Returns the path of one of this traveller's fields in the filing, as messages name it. */
  protected path(field: string): (string | number)[] {
    return ['travellers', this.index(), field];
  }

  /** Focuses the MRZ field, where the officer starts with a desk reader. */
  focusMrz(): void {
    this.mrzField()?.nativeElement.focus();
  }

  /** Fills the fields as soon as the typed MRZ is complete and its check digits hold. */
  protected tryMrz(): void {
    const reading = readMrz(this.mrzText.value);
    if (reading.kind === 'usable') {
      fillTravellerFromMrz(this.group(), reading.data);
      this.mrzOutcome.set({ filled: true });
    }
  }

  /** Explains, when the officer leaves the MRZ field, why what was typed filled nothing. */
  protected explainMrz(): void {
    if (this.mrzText.value.trim() === '' || this.mrzOutcome()?.filled) {
      return;
    }
    const reading = readMrz(this.mrzText.value);
    if (reading.kind === 'usable') {
      this.tryMrz();
      return;
    }
    const language = this.language();
    const messages = reading.issues.map((issue) => validationMessage(issue.key, [issue.field], language));
    this.mrzOutcome.set({ filled: false, messages });
  }

  protected clearMrzOutcome(): void {
    if (this.mrzOutcome()?.filled === false) {
      this.mrzOutcome.set(null);
    }
  }
}
