import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  CrossingDeclaration,
  CrossingDeclarationDraft,
  todayInTimeZone,
  type DeclarationView,
  type TravellerDraft,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';
import type { z } from 'zod';

import { DeclarationsApi } from '../../../core/api/declarations-api';
import { localizedName, type LocalizedNames } from '../../../core/api/localized-name';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { problemOf } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { dateOnlyToDate } from '../../../shared/dates/date-only';
import { FieldError } from '../../../shared/forms/field-error';
import { ChangeRequestPanel } from '../change-requests/change-request-panel';
import { FieldCommentAnchor } from '../change-requests/field-comment-anchor';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import {
  FormIssue,
  applyFieldErrors,
  applySchemaIssues,
  clearIssues,
} from '../../../shared/forms/form-issues';
import { translateIssue } from '../../../shared/forms/validation-text';
import {
  DIRECTIONS,
  MAX_TRAVELLERS,
  createDeclarationForm,
  createTravellerForm,
  declarationFormValue,
} from './declaration-form-model';
import { TravellerFields } from './traveller-fields';
import { TravellerPhoto } from './traveller-photo/traveller-photo';
import { VehicleFields } from './vehicle-fields/vehicle-fields';
import { AutosaveStatus } from './autosave-status';
import { DraftAutosave } from './draft-autosave';
import { savableDraft } from './savable-draft';
import { fillTravellerRows } from '../saved-travellers/fill-traveller-rows';
import { SavedTravellerPicker } from '../saved-travellers/saved-traveller-picker';
import { crossingWindow, crossingWindowValidator } from './crossing-window';

/** A message above the form, with the issues that no single field can show. */
interface FormAlert {
  messageKey: string;
  issues: FormIssue[];
}

/**
 * Creates or edits a draft declaration: save it as a draft at any stage, or submit it once
 * complete. The shared schemas check it before anything is sent, and the API's field errors
 * are shown beside the same fields.
 */
@Component({
  selector: 'sg-declaration-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
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
    ChangeRequestPanel,
    TravellerFields,
    TravellerPhoto,
    VehicleFields,
    AutosaveStatus,
    SavedTravellerPicker,
  ],
  providers: [DraftAutosave],
  templateUrl: './declaration-form.html',
  styleUrl: './declaration-form.scss',
})
export class DeclarationForm implements OnInit {
  private readonly api = inject(DeclarationsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly referenceData = inject(ReferenceDataApi);
  protected readonly autosave = inject(DraftAutosave);

  /** The saved draft to edit, or null for a new declaration. */
  readonly declaration = input<DeclarationView | null>(null);

  /** Emitted with the API's view after each successful save or submission. */
  readonly saved = output<DeclarationView>();

  protected readonly form = createDeclarationForm();
  protected readonly directions = DIRECTIONS;
  protected readonly maxTravellers = MAX_TRAVELLERS;
  protected readonly earliestCrossingDate = dateOnlyToDate(todayInTimeZone());

  protected readonly gates = toSignal(this.referenceData.gates$, { initialValue: [] });
  private readonly gateCode = toSignal(this.form.controls.gateCode.valueChanges, {
    initialValue: this.form.controls.gateCode.value,
  });
  private readonly crossingWindow = computed(() =>
    crossingWindow(this.gates(), this.gateCode(), todayInTimeZone()),
  );
  /** The datepicker offers no date beyond the chosen gate's submission window. */
  protected readonly latestCrossingDate = computed(() => dateOnlyToDate(this.crossingWindow()?.latest));
  protected readonly purposes = toSignal(this.referenceData.purposes$, { initialValue: [] });
  protected readonly countries = toSignal(this.referenceData.countries$, { initialValue: [] });

  protected readonly travellerCount = signal(this.form.controls.travellers.length);
  protected readonly canAddCompanion = computed(() => this.travellerCount() < MAX_TRAVELLERS);
  protected readonly saving = signal(false);
  /** Keeps the "new declaration" heading after the first autosave gives the draft an id. */
  protected readonly startedNew = signal(true);
  protected readonly alert = signal<FormAlert | null>(null);

  protected readonly alertIssues = computed(() => {
    // Reading the language makes the text follow a language switch.
    this.language.current();
    return (this.alert()?.issues ?? []).map((issue) => translateIssue(this.translate, issue, issue.path));
  });

  constructor() {
    this.form.controls.plannedCrossingDate.addValidators(crossingWindowValidator(this.crossingWindow));
    effect(() => {
      this.crossingWindow();
      untracked(() => this.form.controls.plannedCrossingDate.updateValueAndValidity());
    });

    // With a single gate there is nothing to choose, so a new declaration starts with it.
    effect(() => {
      const gates = this.gates();
      const gateCode = untracked(() => this.form.controls.gateCode);
      if (gates.length === 1 && gateCode.value === null && !this.declaration()) {
        gateCode.setValue(gates[0].code);
      }
    });
  }

  ngOnInit(): void {
    this.startedNew.set(this.declaration() === null);
    this.autosave.connect(this.declaration(), {
      form: this.form,
      read: () => savableDraft(declarationFormValue(this.form)),
      saved: (view) => this.saved.emit(view),
    });

    const data = this.declaration()?.data;
    if (!data) {
      return;
    }

    const filled = createDeclarationForm(data);
    this.form.setControl('travellers', filled.controls.travellers);
    this.form.patchValue(filled.getRawValue());
    this.travellerCount.set(this.form.controls.travellers.length);
  }

  protected localizedName(item: LocalizedNames): string {
    return localizedName(item, this.language.current());
  }

  protected addCompanion(): void {
    if (!this.canAddCompanion()) {
      return;
    }

    this.form.markAsDirty();
    this.form.controls.travellers.push(createTravellerForm());
    this.travellerCount.set(this.form.controls.travellers.length);
  }

  protected removeCompanion(index: number): void {
    // The lead traveller (index 0) stays, because a declaration always has one.
    if (index === 0) {
      return;
    }

    this.form.markAsDirty();
    this.form.controls.travellers.removeAt(index);
    this.travellerCount.set(this.form.controls.travellers.length);
  }

  protected addSavedTravellers(travellers: readonly TravellerDraft[]): void {
    this.form.markAsDirty();
    fillTravellerRows(this.form.controls.travellers, travellers);
    this.travellerCount.set(this.form.controls.travellers.length);
  }

  /**
   * Stores the form as it is, leaving out fields that are still invalid, so that the API stores
   * the traveller that a photo belongs to. Returns the stored declaration, or null after showing why the
   * form could not be saved.
   */
  protected readonly saveForPhoto = async (): Promise<DeclarationView | null> => {
    const savable = savableDraft(declarationFormValue(this.form));
    if (!savable) {
      this.validate(CrossingDeclarationDraft);
      return null;
    }

    let stored: DeclarationView | null = null;
    await this.send(async () => {
      stored = await this.autosave.save(savable.draft);
    });
    return stored;
  };

  protected async saveDraft(): Promise<void> {
    const draft = this.validate(CrossingDeclarationDraft);
    if (!draft) {
      return;
    }

    await this.send(async () => {
      await this.autosave.save(draft);
    });
  }

  protected async submitDeclaration(): Promise<void> {
    const complete = this.validate(CrossingDeclaration);
    if (!complete) {
      return;
    }

    await this.send(async () => {
      const stored = await this.autosave.save(complete);
      const submitted = await firstValueFrom(this.api.submit(stored.id, stored.version));
      this.autosave.stop();
      this.saved.emit(submitted);
    });
  }

  /** Checks the form against a schema and shows each issue at its field. Returns the parsed data, or null. */
  private validate<T extends z.ZodType>(schema: T): z.output<T> | null {
    clearIssues(this.form);
    this.alert.set(null);

    const result = schema.safeParse(declarationFormValue(this.form));
    if (result.success) {
      return result.data;
    }

    const unplaced = applySchemaIssues(this.form, result.error.issues);
    this.alert.set({ messageKey: 'declarationForm.fixErrors', issues: unplaced });
    focusFirstInvalidField(this.host.nativeElement, this.injector);
    return null;
  }

  private async send(request: () => Promise<void>): Promise<void> {
    this.saving.set(true);
    try {
      await request();
    } catch (error) {
      const unplaced = applyFieldErrors(this.form, problemOf(error)?.errors ?? []);
      this.alert.set({ messageKey: errorMessageKey(error), issues: unplaced });
      focusFirstInvalidField(this.host.nativeElement, this.injector);
    } finally {
      this.saving.set(false);
    }
  }
}
