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
  input,
  output,
  signal,
  viewChildren,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  MAX_CARGO_TRAVELLERS,
  MAX_GOODS_LINES,
  normalizeHsCode,
  todayInTimeZone,
  validationMessage,
  type AttachmentRule,
  type DeclarationView,
  type Direction,
  type DocumentTypeRules,
  type Gate,
  type GoodsUnit,
} from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { CargoReferenceApi } from '../../../../core/api/cargo-reference-api';
import { readProblem } from '../../../../core/errors/problem';
import { LanguageState } from '../../../../core/i18n/language-state';
import { AssistedFilingApi } from '../assisted-filing-api';
import { DIRECTIONS, NOTICE_LANGUAGES, createTravellerGroup } from '../assisted-form';
import { AssistedTravellerFields } from '../assisted-traveller-fields';
import { FieldLabelPipe } from '../field-label.pipe';
import {
  clearIssues,
  issuesFromProblem,
  photoIssuesOnTravellers,
  placeIssues,
  type FilingIssue,
} from '../filing-issues';
import { IssueMessagePipe } from '../issue-message.pipe';
import {
  CARGO_VEHICLE_KINDS,
  cargoFilingValue,
  createCargoFilingForm,
  createGoodsLineGroup,
  goodsLineValue,
} from './cargo-filing-form';
import { findCargoFilingIssues } from './cargo-filing-issues';
import { documentRequirements } from './document-requirements';
import { DocumentsSighted } from './documents-sighted';
import { GoodsLineFields } from './goods-line-fields';
import { GoodsTotalsPanel } from './goods-totals-panel';
import { HsCodeMemory } from './hs-code-memory';
import { taxCodeValidator } from './tax-code-validator';

/**
 * Files a truck that arrived without a declaration: the declaring company from its papers, the
 * vehicle and trailer, the driver and crew with the traveller fields, the goods lines with live
 * totals, and the paper documents checked. It emits the filed declaration; the page prints it.
 */
@Component({
  selector: 'sg-assisted-cargo-form',
  imports: [
    AssistedTravellerFields,
    DocumentsSighted,
    FieldLabelPipe,
    GoodsLineFields,
    GoodsTotalsPanel,
    IssueMessagePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [HsCodeMemory],
  templateUrl: './assisted-cargo-form.html',
  styleUrl: './assisted-cargo-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssistedCargoForm implements OnInit {
  private readonly filingApi = inject(AssistedFilingApi);
  private readonly referenceApi = inject(CargoReferenceApi);
  private readonly hsCodes = inject(HsCodeMemory);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly travellerFields = viewChildren(AssistedTravellerFields);
  /** Identifies this filing to the API, so a double submit or a retry after a lost response files it once. */
  private readonly idempotencyKey = crypto.randomUUID();
  private attempted = false;

  readonly gateCode = input.required<string>();
  readonly laneDirection = input<Direction | null>(null);
  readonly gate = input<Gate | undefined>();
  readonly countries = input.required<readonly { code: string; name: string }[]>();
  readonly documentTypes = input.required<readonly DocumentTypeRules[]>();
  /** Whether the officer's role approves the filing in the same step. */
  readonly approves = input(false);
  readonly filed = output<DeclarationView>();

  protected readonly language = inject(LanguageState).current;
  protected readonly directions = DIRECTIONS;
  protected readonly vehicleKinds = CARGO_VEHICLE_KINDS;
  protected readonly noticeLanguages = NOTICE_LANGUAGES;
  protected readonly maxTravellers = MAX_CARGO_TRAVELLERS;
  protected readonly maxGoodsLines = MAX_GOODS_LINES;
  protected readonly form = createCargoFilingForm({ gateCode: '', direction: null });

  protected readonly units = signal<GoodsUnit[]>([]);
  protected readonly rules = signal<AttachmentRule[]>([]);
  protected readonly referenceFailed = signal(false);
  protected readonly direction = signal<Direction | null>(null);
  protected readonly trailerPresent = signal(false);
  protected readonly travellerCount = signal(1);
  protected readonly lines = signal(this.form.controls.goodsLines.controls.map(goodsLineValue));
  protected readonly formIssues = signal<string[]>([]);
  protected readonly submitting = signal(false);

  protected readonly requirements = computed(() => {
    const lines = this.lines().flatMap((line) => {
      const code = line.hsCode ? normalizeHsCode(line.hsCode) : '';
      return /^\d{8}$/.test(code) ? [{ chapter: code.slice(0, 2), control: this.hsCodes.control(code) }] : [];
    });
    return documentRequirements(this.rules(), this.direction(), lines, this.language());
  });

  constructor() {
    this.form.controls.company.controls.taxCode.addValidators(taxCodeValidator);
    void this.loadReferenceData();
  }

  ngOnInit(): void {
    const controls = this.form.controls;
    controls.gateCode.setValue(this.gateCode());
    controls.direction.setValue(this.laneDirection());
    this.direction.set(this.laneDirection());

    controls.direction.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((direction) => this.direction.set(direction));
    controls.trailer.controls.present.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((present) => this.trailerPresent.set(present));
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.lines.set(controls.goodsLines.controls.map(goodsLineValue));
      this.revalidate();
    });
    afterNextRender(() => this.focus('input.company-name'), { injector: this.injector });
  }

  protected addCrewMember(): void {
    const travellers = this.form.controls.travellers;
    if (travellers.length >= MAX_CARGO_TRAVELLERS) {
      return;
    }
    travellers.push(createTravellerGroup());
    this.travellerCount.set(travellers.length);
    afterNextRender(() => this.travellerFields()[travellers.length - 1]?.focusMrz(), {
      injector: this.injector,
    });
  }

  protected removeCrewMember(index: number): void {
    const travellers = this.form.controls.travellers;
    if (index === 0) {
      return;
    }
    travellers.removeAt(index);
    this.travellerCount.set(travellers.length);
  }

  /** Adds a goods line and puts the cursor in its HS code, where the officer starts. */
  protected addGoodsLine(): void {
    const lines = this.form.controls.goodsLines;
    if (lines.length >= MAX_GOODS_LINES) {
      return;
    }
    lines.push(createGoodsLineGroup());
    afterNextRender(() => this.focusAll('sg-goods-line-fields .hs-code input').at(-1)?.focus(), {
      injector: this.injector,
    });
  }

  protected removeGoodsLine(index: number): void {
    const lines = this.form.controls.goodsLines;
    if (lines.length > 1) {
      lines.removeAt(index);
    }
  }

  /**
   * Checks the filing as the API will, and sends it when nothing is wrong. Errors that the API
   * still finds, such as an HS code that does not exist, are shown on their fields the same way.
   */
  protected async submitFiling(): Promise<void> {
    if (this.submitting()) {
      return;
    }

    this.attempted = true;
    if (this.showIssues(this.browserIssues())) {
      return;
    }

    this.submitting.set(true);
    const body = cargoFilingValue(this.form);
    try {
      this.filed.emit(await firstValueFrom(this.filingApi.file(body, this.idempotencyKey)));
    } catch (error) {
      const problem = readProblem(error);
      if (problem?.status === 422 && problem.errors?.length) {
        const photos = body['photos'] as { position: number }[];
        this.showIssues(photoIssuesOnTravellers(issuesFromProblem(problem.errors), photos));
      } else {
        this.errorHandler.handleError(error);
      }
    } finally {
      this.submitting.set(false);
    }
  }

  private browserIssues(): FilingIssue[] {
    return findCargoFilingIssues(cargoFilingValue(this.form), {
      documentTypes: this.documentTypes(),
      gate: this.gate(),
      units: this.units(),
      requiredDocuments: this.requirements().map((requirement) => requirement.type),
      today: todayInTimeZone(),
      now: new Date(),
    });
  }

  /** After the first submit, every change checks the form again, so fixed fields lose their message. */
  private revalidate(): void {
    if (this.attempted && !this.submitting()) {
      this.showIssues(this.browserIssues(), { focus: false });
    }
  }

  /** Puts issues on their fields and lists the others. Returns whether there was any. */
  private showIssues(issues: FilingIssue[], options = { focus: true }): boolean {
    clearIssues(this.form);
    const unplaced = placeIssues(this.form, issues);
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
      'input.ng-invalid, mat-select.ng-invalid, .documents mat-checkbox.ng-invalid input, .form-issues',
    );
    invalid?.focus();
  }

  private focus(selector: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }

  private focusAll(selector: string): HTMLElement[] {
    return [...this.host.nativeElement.querySelectorAll<HTMLElement>(selector)];
  }

  /** Without units or rules the officer can still file; the API then checks units and documents. */
  private async loadReferenceData(): Promise<void> {
    try {
      const [units, rules] = await Promise.all([
        firstValueFrom(this.referenceApi.units()),
        firstValueFrom(this.referenceApi.attachmentRules()),
      ]);
      this.units.set(units);
      this.rules.set(rules);
    } catch (error) {
      this.referenceFailed.set(true);
      this.errorHandler.handleError(error);
    }
  }
}
