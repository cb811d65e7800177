import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  ErrorHandler,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  APPROVER_ROLES,
  MAX_TRAVELLERS,
  SUPERVISOR_ROLES,
  todayInTimeZone,
  validationMessage,
  type AssistedFilingStatus,
  type DeclarationView,
  type DocumentTypeRules,
  type Gate,
  type GateDesk,
  type TravelPurpose,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { OfficerDeclarationsApi } from '../../../core/api/officer-declarations-api';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { AuthState } from '../../../core/auth/auth-state';
import { readProblem } from '../../../core/errors/problem';
import { LanguageState } from '../../../core/i18n/language-state';
import { ReferenceNames } from '../../../core/reference/reference-names';
import { GateApi } from '../gate-api';
import { LaneChoiceStore, type LaneChoice } from '../lane-choice';
import { LaneSetup } from '../lane-setup';
import { AssistedFilingApi } from './assisted-filing-api';
import { ASSISTED_KEYS, assistedKeyAction, type AssistedKeyAction } from './assisted-keys';
import {
  DIRECTIONS,
  NOTICE_LANGUAGES,
  VEHICLE_KINDS,
  assistedFilingValue,
  createAssistedForm,
  createTravellerGroup,
  type AssistedForm,
} from './assisted-form';
import { AssistedTravellerFields } from './assisted-traveller-fields';
import { AssistedCargoForm } from './cargo/assisted-cargo-form';
import { FieldLabelPipe } from './field-label.pipe';
import { FilingProgress } from './filing-progress';
import {
  clearIssues,
  findFilingIssues,
  issuesFromProblem,
  photoIssuesOnTravellers,
  placeIssues,
  type FilingIssue,
} from './filing-issues';
import { IssueMessagePipe } from './issue-message.pipe';
import { ResultPrintFrame } from './result-print-frame';

/** State of the filed declaration's crossing at this lane. */
type CrossingState = 'open' | 'recording' | 'recorded';

/** The kind of filing at the counter: travellers on foot or in a car, or a truck with goods. */
export type FilingMode = 'travel' | 'cargo';

/**
 * Files a declaration at the counter for travellers who arrived without one, with the portal's
 * fields and checks, then prints its result PDF and records the crossing. An approver's filing
 * is approved at once; a gate officer's waits here until a reviewer approves it.
 */
@Component({
  selector: 'sg-assisted-filing-page',
  imports: [
    AssistedCargoForm,
    AssistedTravellerFields,
    FieldLabelPipe,
    IssueMessagePipe,
    LaneSetup,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    ResultPrintFrame,
    RouterLink,
    TranslatePipe,
  ],
  providers: [FilingProgress],
  templateUrl: './assisted-filing-page.html',
  styleUrl: './assisted-filing-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'handleKey($event)' },
})
export class AssistedFilingPage {
  private readonly gateApi = inject(GateApi);
  private readonly filingApi = inject(AssistedFilingApi);
  private readonly referenceApi = inject(ReferenceDataApi);
  private readonly declarationsApi = inject(OfficerDeclarationsApi);
  private readonly store = inject(LaneChoiceStore);
  private readonly auth = inject(AuthState);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly travellerFields = viewChildren(AssistedTravellerFields);
  private readonly printFrame = viewChild(ResultPrintFrame);
  /** Identifies this filing to the API, so a double submit or a retry after a lost response files it once. */
  private idempotencyKey = '';
  /** When the officer started this filing; the crossing stores the time from it to the record. */
  private startedAt = new Date();
  private attempted = false;

  protected readonly names = inject(ReferenceNames);
  protected readonly language = inject(LanguageState).current;
  protected readonly progress = inject(FilingProgress);
  protected readonly keys = ASSISTED_KEYS;
  protected readonly directions = DIRECTIONS;
  protected readonly vehicleKinds = VEHICLE_KINDS;
  protected readonly noticeLanguages = NOTICE_LANGUAGES;
  protected readonly maxTravellers = MAX_TRAVELLERS;

  protected readonly desks = signal<GateDesk[] | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly changingLane = signal(false);
  protected readonly documentTypes = signal<DocumentTypeRules[]>([]);
  protected readonly gates = signal<Gate[]>([]);
  protected readonly purposes = signal<TravelPurpose[]>([]);
  protected readonly mode = signal<FilingMode>('travel');
  protected readonly form = signal<AssistedForm | null>(null);
  /** Counts the filings started, so a new truck filing starts from an empty form with a new key. */
  protected readonly filingRun = signal(0);
  protected readonly travellerCount = signal(1);
  protected readonly vehiclePresent = signal(false);
  protected readonly formIssues = signal<string[]>([]);
  protected readonly submitting = signal(false);
  protected readonly filed = signal<DeclarationView | null>(null);
  protected readonly crossing = signal<CrossingState>('open');

  /** The stored lane when it is still one of the officer's lanes; otherwise the setup is shown. */
  protected readonly lane = computed<
    (LaneChoice & { name: string; direction: 'entry' | 'exit' | null }) | null
  >(() => {
    const choice = this.store.choice();
    const desk = this.desks()?.find((candidate) => candidate.code === choice?.gateCode);
    const lane = desk?.lanes.find((candidate) => candidate.code === choice?.laneCode);
    if (!choice || !desk || !lane || this.changingLane()) {
      return null;
    }
    const vietnamese = this.language() === 'vi';
    const name = `${vietnamese ? desk.nameVi : desk.nameEn} – ${vietnamese ? lane.nameVi : lane.nameEn}`;
    return { ...choice, name, direction: lane.direction };
  });
  protected readonly gate = computed(() => this.gates().find((gate) => gate.code === this.lane()?.gateCode));
  protected readonly countries = computed(() => this.names.countryOptions());
  protected readonly purposeOptions = computed(() => {
    const vietnamese = this.language() === 'vi';
    return this.purposes().map((purpose) => ({
      code: purpose.code,
      name: vietnamese ? purpose.nameVi : purpose.nameEn,
    }));
  });
  /** Whether the officer's role approves the filing in the same step. */
  protected readonly approves = computed(() =>
    APPROVER_ROLES.some((role) => role === this.auth.officer()?.role),
  );
  protected readonly mayRetryResult = computed(() =>
    SUPERVISOR_ROLES.some((role) => role === this.auth.officer()?.role),
  );
  protected readonly pdfUrl = computed(() => {
    const filed = this.filed();
    return filed ? this.filingApi.resultPdfUrl(filed.id) : '';
  });

  constructor() {
    void this.loadReferenceData();
  }

  protected chooseLane(choice: LaneChoice): void {
    this.store.choose(choice);
    this.changingLane.set(false);
    this.startNewFiling();
  }

  protected changeLane(): void {
    this.progress.stop();
    this.form.set(null);
    this.changingLane.set(true);
  }

  /** Starts an empty filing with a new idempotency key, the lead traveller's MRZ field focused. */
  protected startNewFiling(): void {
    const lane = this.lane();
    if (!lane) {
      return;
    }

    this.progress.stop();
    const form = createAssistedForm({
      gateCode: lane.gateCode,
      direction: lane.direction,
      today: todayInTimeZone(),
    });
    form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.revalidate());
    form.controls.vehicle.controls.present.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((present) => this.vehiclePresent.set(present));

    this.idempotencyKey = crypto.randomUUID();
    this.startedAt = new Date();
    this.attempted = false;
    this.form.set(form);
    this.travellerCount.set(1);
    this.vehiclePresent.set(false);
    this.formIssues.set([]);
    this.filed.set(null);
    this.crossing.set('open');
    this.filingRun.update((run) => run + 1);
    if (this.mode() === 'travel') {
      afterNextRender(() => this.travellerFields()[0]?.focusMrz(), { injector: this.injector });
    }
  }

  /** Switches between filing travellers and filing a truck; each starts empty. */
  protected chooseMode(mode: FilingMode): void {
    this.mode.set(mode);
    this.startNewFiling();
  }

  /** Shows a filed declaration and follows its result until the PDF can be printed. */
  protected followFiling(view: DeclarationView): void {
    this.filed.set(view);
    this.progress.follow(statusOf(view));
  }

  protected addCompanion(): void {
    const travellers = this.form()?.controls.travellers;
    if (!travellers || travellers.length >= MAX_TRAVELLERS) {
      return;
    }
    travellers.push(createTravellerGroup());
    this.travellerCount.set(travellers.length);
    afterNextRender(() => this.travellerFields()[travellers.length - 1]?.focusMrz(), {
      injector: this.injector,
    });
  }

  protected removeCompanion(index: number): void {
    const travellers = this.form()?.controls.travellers;
    if (!travellers || index === 0) {
      return;
    }
    travellers.removeAt(index);
    this.travellerCount.set(travellers.length);
  }

  /**
   * Checks the filing as the API will, and sends it when nothing is wrong. Errors the API still
   * finds, such as reference data, are shown on their fields the same way.
   */
  protected async submitFiling(): Promise<void> {
    const form = this.form();
    if (!form || this.submitting() || this.filed()) {
      return;
    }

    this.attempted = true;
    if (this.showIssues(form, this.browserIssues(form))) {
      return;
    }

    this.submitting.set(true);
    const body = assistedFilingValue(form);
    try {
      this.followFiling(await firstValueFrom(this.filingApi.file(body, this.idempotencyKey)));
    } catch (error) {
      const problem = readProblem(error);
      if (problem?.status === 422 && problem.errors?.length) {
        const photos = body['photos'] as { position: number }[];
        this.showIssues(form, photoIssuesOnTravellers(issuesFromProblem(problem.errors), photos));
      } else {
        this.errorHandler.handleError(error);
      }
    } finally {
      this.submitting.set(false);
    }
  }

  protected print(): void {
    this.printFrame()?.print();
  }

  /** Moves the focus on to the crossing, the next step at the counter once the PDF is printed. */
  protected focusCrossing(): void {
    this.focus('.record-crossing');
  }

  /** Records the crossing of every traveller of the filing at this lane, by the counter method. */
  protected async recordCrossing(): Promise<void> {
    const lane = this.lane();
    const filed = this.filed();
    if (!lane || !filed || this.progress.phase() !== 'ready' || this.crossing() !== 'open') {
      return;
    }

    this.crossing.set('recording');
    try {
      await firstValueFrom(
        this.gateApi.recordCrossing({
          gateCode: lane.gateCode,
          laneCode: lane.laneCode,
          declarationId: filed.id,
          method: 'counter',
          scannedAt: this.startedAt.toISOString(),
        }),
      );
      this.crossing.set('recorded');
      afterNextRender(() => this.focus('.new-filing'), { injector: this.injector });
    } catch (error) {
      this.crossing.set('open');
      this.errorHandler.handleError(error);
    }
  }

  /** Generates a failed result again; only supervisors and administrators may. */
  protected async retryResult(): Promise<void> {
    const filed = this.filed();
    if (!filed) {
      return;
    }
    try {
      await firstValueFrom(this.declarationsApi.retryResult(filed.id));
    } catch (error) {
      this.errorHandler.handleError(error);
    }
    this.progress.checkAgain();
  }

  /** Dispatches the page's keys; keys typed into a field only type. */
  protected handleKey(event: KeyboardEvent): void {
    const action = assistedKeyAction(event);
    if (!action || !this.filed()) {
      return;
    }
    event.preventDefault();
    this.perform(action);
  }

  private perform(action: AssistedKeyAction): void {
    switch (action) {
      case 'print':
        this.print();
        return;
      case 'recordCrossing':
        void this.recordCrossing();
        return;
    }
  }

  private browserIssues(form: AssistedForm): FilingIssue[] {
    return findFilingIssues(assistedFilingValue(form), {
      documentTypes: this.documentTypes(),
      gate: this.gate(),
      today: todayInTimeZone(),
    });
  }

  /** After the first submit, every change checks the form again, so fixed fields lose their message. */
  private revalidate(): void {
    const form = this.form();
    if (form && this.attempted && !this.filed()) {
      this.showIssues(form, this.browserIssues(form), { focus: false });
    }
  }

  /** Puts issues on their fields and lists the others. Returns whether there was any. */
  private showIssues(form: AssistedForm, issues: FilingIssue[], options = { focus: true }): boolean {
    clearIssues(form);
    const unplaced = placeIssues(form, issues);
    const language = this.language();
    this.formIssues.set(
      unplaced.map((issue) => validationMessage(issue.key, issue.path, language, issue.params ?? {})),
    );
    if (issues.length > 0 && options.focus) {
      afterNextRender(() => this.focusFirstInvalid(), { injector: this.injector });
    }
    return issues.length > 0;
  }

  private focusFirstInvalid(): void {
    const invalid = this.host.nativeElement.querySelector<HTMLElement>(
      'form input.ng-invalid, form mat-select.ng-invalid, form .form-issues',
    );
    invalid?.focus();
  }

  private focus(selector: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }

  private async loadReferenceData(): Promise<void> {
    try {
      const [desks, documentTypes, gates, purposes] = await Promise.all([
        firstValueFrom(this.gateApi.desks()),
        firstValueFrom(this.filingApi.documentTypes()),
        firstValueFrom(this.referenceApi.gates()),
        firstValueFrom(this.referenceApi.purposes()),
      ]);
      this.documentTypes.set(documentTypes);
      this.gates.set(gates);
      this.purposes.set(purposes);
      this.desks.set(desks);
      this.startNewFiling();
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    }
  }
}

function statusOf(view: DeclarationView): AssistedFilingStatus {
  return {
    declarationId: view.id,
    referenceCode: view.referenceCode ?? null,
    status: view.status,
    result: view.result,
  };
}
