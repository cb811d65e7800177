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
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  CargoDeclaration,
  CargoDeclarationDraft,
  cargoDraftOfView,
  todayInTimeZone,
  type DeclarationView,
  type GoodsLine,
} from '@smartgate/shared-models';
import { catchError, firstValueFrom, map, merge, of, startWith, switchMap } from 'rxjs';
import type { z } from 'zod';

import { BusinessesApi } from '../../../core/api/businesses-api';
import type { BusinessCargoDeclarations } from '../../../core/api/cargo-declarations-api';
import { CargoReferenceApi } from '../../../core/api/cargo-reference-api';
import { localizedName, type LocalizedNames } from '../../../core/api/localized-name';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { problemOf } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { dateOnlyToDate } from '../../../shared/dates/date-only';
import { FieldError } from '../../../shared/forms/field-error';
import { focusFirstInvalidField } from '../../../shared/forms/focus-first-invalid';
import {
  applyFieldErrors,
  applySchemaIssues,
  clearIssues,
  type FormIssue,
} from '../../../shared/forms/form-issues';
import { TRAVELLER_LABEL_KEYS, translateIssue } from '../../../shared/forms/validation-text';
import { ChangeRequestPanel } from '../../declarations/change-requests/change-request-panel';
import { FieldCommentAnchor } from '../../declarations/change-requests/field-comment-anchor';
import { AutosaveStatus } from '../../declarations/declaration-form/autosave-status';
import { DraftAutosave } from '../../declarations/declaration-form/draft-autosave';
import { savableDraft } from '../../declarations/declaration-form/savable-draft';
import { CargoAttachments } from '../attachments/cargo-attachments';
import { CounterpartFields } from '../counterpart/counterpart-fields';
import { CREW_LABELS } from '../crew/crew-labels';
import { CrewSection } from '../crew/crew-section';
import { GoodsImport } from '../goods-import/goods-import';
import { GoodsLinesSection } from '../goods-lines/goods-lines-section';
import { placeImportedLines } from '../goods-lines/place-imported-lines';
import { CargoVehicleFields } from '../vehicle/cargo-vehicle-fields';
import { cargoFormValue, createCargoForm, plannedArrivalValue } from './cargo-form-model';
import { CARGO_DIRECTIONS } from './cargo-directions';
import { toGateLocalTime } from './gate-local-time';
import { DEFAULT_CARGO_LEAD_MINUTES, submissionDeadline } from './submission-deadline';
import { changedSections } from './conflict-sections';

/** A message above the form, with the issues that no single field can show. */
interface FormAlert {
  messageKey: string;
  issues: FormIssue[];
}

/**
 * Creates or edits a draft cargo declaration: one truck crossing with its vehicle, crew, goods and
 * documents. It autosaves like the crossing form, checks with the shared schemas before sending,
 * and shows the API's field errors beside the same fields.
 */
@Component({
  selector: 'sg-cargo-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
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
    AutosaveStatus,
    CounterpartFields,
    CargoVehicleFields,
    CrewSection,
    GoodsLinesSection,
    GoodsImport,
    CargoAttachments,
  ],
  providers: [DraftAutosave, { provide: TRAVELLER_LABEL_KEYS, useValue: CREW_LABELS }],
  templateUrl: './cargo-form.html',
  styleUrl: './cargo-form.scss',
})
export class CargoForm implements OnInit {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly businesses = inject(BusinessesApi);
  protected readonly autosave = inject(DraftAutosave);

  /** The business whose declaration this is. */
  readonly businessId = input.required<string>();

  /** The business's cargo declarations, for the import and the attachments. */
  readonly store = input.required<BusinessCargoDeclarations>();

  /** The saved draft to edit, or null for a new declaration. */
  readonly declaration = input<DeclarationView | null>(null);

  /** Emitted with the API's view after each successful save or submission. */
  readonly saved = output<DeclarationView>();

  protected readonly form = createCargoForm();
  protected readonly directions = CARGO_DIRECTIONS;
  protected readonly earliestArrivalDate = dateOnlyToDate(todayInTimeZone());

  protected readonly gates = toSignal(this.referenceData.gates$, { initialValue: [] });
  protected readonly countries = toSignal(this.referenceData.countries$, { initialValue: [] });
  protected readonly units = toSignal(inject(CargoReferenceApi).units$, { initialValue: [] });

  // The company's records only offer shortcuts, so a list that fails to load leaves the fields to be typed.
  private readonly businessId$ = toObservable(this.businessId);
  protected readonly drivers = toSignal(
    this.businessId$.pipe(
      switchMap((id) => this.businesses.listRecords(id, 'drivers').pipe(catchError(() => of([])))),
    ),
    { initialValue: [] },
  );
  protected readonly vehicles = toSignal(
    this.businessId$.pipe(
      switchMap((id) => this.businesses.listRecords(id, 'vehicles').pipe(catchError(() => of([])))),
    ),
    { initialValue: [] },
  );
  protected readonly partners = toSignal(
    this.businessId$.pipe(
      switchMap((id) => this.businesses.listRecords(id, 'partners').pipe(catchError(() => of([])))),
    ),
    { initialValue: [] },
  );

  private readonly arrival = toSignal(
    merge(
      this.form.controls.plannedArrivalAt.valueChanges,
      this.form.controls.plannedArrivalTime.valueChanges,
      this.form.controls.gateCode.valueChanges,
    ).pipe(
      startWith(null),
      map(() => ({ instant: plannedArrivalValue(this.form), gateCode: this.form.controls.gateCode.value })),
    ),
    { requireSync: true },
  );

  /** The local date of the planned arrival, against which the transport licence is judged. */
  protected readonly arrivalDate = computed(() => {
    const instant = this.arrival().instant;
    return instant ? toGateLocalTime(new Date(instant)).date : null;
  });

  /** The latest moment to submit, shown under the arrival time. */
  protected readonly deadline = computed(() => {
    const { instant, gateCode } = this.arrival();
    const gate = this.gates().find((candidate) => candidate.code === gateCode);
    return submissionDeadline(instant, gate?.cargoSubmissionLeadMinutes ?? DEFAULT_CARGO_LEAD_MINUTES);
  });

  protected readonly saving = signal(false);
  /** Keeps the "new declaration" heading after the first autosave gives the draft an id. */
  protected readonly startedNew = signal(true);
  protected readonly alert = signal<FormAlert | null>(null);

  protected readonly alertIssues = computed(() => {
    // Reading the language makes the text follow a language switch.
    this.language.current();
    return (this.alert()?.issues ?? []).map((issue) =>
      translateIssue(this.translate, issue, issue.path, CREW_LABELS),
    );
  });

  /** The headings of the sections that differ in a version saved elsewhere, after a conflict. */
  protected readonly conflictSections = computed(() => {
    const state = this.autosave.state();
    this.language.current();
    if (state.kind !== 'conflict' || !state.current) {
      return '';
    }
    const headings = changedSections(cargoFormValue(this.form), state.current);
    return headings.map((key) => this.translate.instant(key) as string).join(', ');
  });

  constructor() {
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
    const declaration = this.declaration();
    this.startedNew.set(declaration === null);
    this.autosave.connect(declaration, {
      form: this.form,
      read: () => savableDraft(cargoFormValue(this.form), CargoDeclarationDraft),
      saved: (view) => this.saved.emit(view),
    });

    if (declaration) {
      this.fill(cargoDraftOfView(declaration));
    }
  }

  protected localizedName(item: LocalizedNames): string {
    return localizedName(item, this.language.current());
  }

  /** Adds the lines of an imported file after the typed lines, in place of blank ones. */
  protected addImportedLines(lines: readonly GoodsLine[]): void {
    this.form.markAsDirty();
    placeImportedLines(this.form.controls.goodsLines, lines);
  }

  /**
   * Makes sure the draft is stored before a file (goods, document or photo) is sent to it: saves
   * pending changes, or stores a new draft leaving out fields that are still invalid. Returns the
   * stored declaration, or null after showing why the form could not be saved.
   */
  protected readonly ensureStored = async (): Promise<DeclarationView | null> => {
    if (this.autosave.current()) {
      await this.autosave.flush();
      return this.autosave.current();
    }

    const savable = savableDraft(cargoFormValue(this.form), CargoDeclarationDraft);
    if (!savable) {
      this.validate(CargoDeclarationDraft);
      return null;
    }

    let stored: DeclarationView | null = null;
    await this.send(async () => {
      stored = await this.autosave.save(savable.draft);
    });
    return stored;
  };

  protected async saveDraft(): Promise<void> {
    const draft = this.validate(CargoDeclarationDraft);
    if (!draft) {
      return;
    }

    await this.send(async () => {
      await this.autosave.save(draft);
    });
  }

  protected async submitDeclaration(): Promise<void> {
    const complete = this.validate(CargoDeclaration);
    if (!complete) {
      return;
    }

    await this.send(async () => {
      const stored = await this.autosave.save(complete);
      const submitted = await firstValueFrom(this.store().submit(stored.id, stored.version));
      this.autosave.stop();
      this.saved.emit(submitted);
    });
  }

  private fill(draft: CargoDeclarationDraft): void {
    const filled = createCargoForm(draft);
    this.form.setControl('travellers', filled.controls.travellers);
    this.form.setControl('goodsLines', filled.controls.goodsLines);
    this.form.patchValue(filled.getRawValue());
  }

  /** Checks the form against a schema and shows each issue at its field. Returns the parsed data, or null. */
  private validate<T extends z.ZodType>(schema: T): z.output<T> | null {
    clearIssues(this.form);
    this.alert.set(null);

    const result = schema.safeParse(cargoFormValue(this.form));
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
