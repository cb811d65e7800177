import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  ErrorHandler,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GateDesk, PlateReadEvent } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { LanguageState } from '../../core/i18n/language-state';
import { ReasonDialog, type ReasonDialogData } from '../../shared/dialogs/reason-dialog';
import { DateOnlyPipe, GateTimePipe } from '../../shared/format/date-pipes';
import { ScreeningFlags } from '../../shared/ui/screening-flags';
import { CameraScanDialog } from './camera-scan-dialog';
import { GateApi } from './gate-api';
import { GateCargoPanel } from './gate-cargo-panel';
import { GateTravellerCard } from './gate-traveller-card';
import { LaneChoiceStore, chosenLaneName, findChosenLane, type LaneChoice } from './lane-choice';
import { LaneDesk } from './lane-desk';
import { LANE_KEYS, type LaneKeyAction, laneKeyAction, submitScanLine } from './lane-keys';
import { LaneSetup } from './lane-setup';
import { PlateReadFeed } from './plate-read-feed';
import { PlateReadList } from './plate-read-list';
import { VerdictBanner } from './verdict-banner';

const SNACK_BAR_DURATION_MS = 4000;

/**
 * The lane screen: a scan field that always has focus, the verdict of the last scan in large
 * colour-coded text, the travellers with their photos, and the live plate reads of the gate.
 * Every action has a key, so the officer never needs the mouse.
 */
@Component({
  selector: 'sg-lane-screen',
  imports: [
    GateCargoPanel,
    DateOnlyPipe,
    GateTimePipe,
    GateTravellerCard,
    LaneSetup,
    MatButtonModule,
    MatProgressBarModule,
    PlateReadList,
    RouterLink,
    ScreeningFlags,
    TranslatePipe,
    VerdictBanner,
  ],
  providers: [LaneDesk, PlateReadFeed],
  templateUrl: './lane-screen.html',
  styleUrl: './lane-screen.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'handleKey($event)' },
})
export class LaneScreen {
  private readonly api = inject(GateApi);
  private readonly store = inject(LaneChoiceStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageState);
  private readonly scanField = viewChild<ElementRef<HTMLInputElement>>('scanField');
  /** MRZ lines a desk reader has typed so far, waiting for the last line. */
  private mrzLines: string[] = [];

  protected readonly desk = inject(LaneDesk);
  protected readonly feed = inject(PlateReadFeed);
  protected readonly keys = LANE_KEYS;
  protected readonly desks = signal<GateDesk[] | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly changingLane = signal(false);

  /** The stored lane when it is still one of the officer's lanes; otherwise the setup is shown. */
  protected readonly lane = computed<LaneChoice | null>(() => {
    const choice = this.store.choice();
    return findChosenLane(this.desks(), choice) && !this.changingLane() ? choice : null;
  });
  protected readonly laneName = computed(() => {
    const chosen = findChosenLane(this.desks(), this.lane());
    return chosen ? chosenLaneName(chosen, this.language.current()) : '';
  });

  constructor() {
    void this.loadDesks();
  }

  protected async chooseLane(choice: LaneChoice): Promise<void> {
    this.store.choose(choice);
    this.changingLane.set(false);
    this.desk.clear();
    await this.startLane(choice);
  }

  protected changeLane(): void {
    this.feed.stop();
    this.desk.clear();
    this.changingLane.set(true);
  }

  /** Dispatches the lane screen's keys. Keys typed into a dialog belong to the dialog. */
  protected handleKey(event: KeyboardEvent): void {
    if (this.dialog.openDialogs.length > 0 || !this.lane()) {
      return;
    }

    const action = laneKeyAction({
      key: event.key,
      inScanField: event.target === this.scanField()?.nativeElement,
      modifiers: event.ctrlKey || event.altKey || event.metaKey,
    });
    if (action) {
      event.preventDefault();
      void this.perform(action);
    }
  }

  /** Takes focus back when it fell to nothing, as after a click on empty space; Tab to a control keeps it there. */
  protected keepScanFocus(event: FocusEvent): void {
    if (event.relatedTarget === null && this.dialog.openDialogs.length === 0) {
      this.focusScanField();
    }
  }

  protected toggleTraveller(position: number): void {
    this.desk.toggle(position);
  }

  protected async recordCrossing(): Promise<void> {
    const lane = this.lane();
    if (!lane) {
      return;
    }
    try {
      const outcome = await this.desk.recordCrossing(lane);
      if (outcome === 'recorded') {
        this.announce('gate.recorded');
      }
    } catch (error) {
      this.errorHandler.handleError(error);
    }
    this.focusScanField();
  }

  protected async refuseTraveller(position: number, fullName: string): Promise<void> {
    const lane = this.lane();
    const dialogRef = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
      width: '560px',
      maxWidth: '95vw',
      data: { texts: 'gate.refuseDialog', titleParameters: { name: fullName } },
    });
    const reason = await firstValueFrom(dialogRef.afterClosed());
    if (reason && lane) {
      try {
        if ((await this.desk.refuseTraveller(lane, position, reason)) === 'recorded') {
          this.announce('gate.refused');
        }
      } catch (error) {
        this.errorHandler.handleError(error);
      }
    }
    this.focusScanField();
  }

  protected async openPlateMatch(read: PlateReadEvent, declarationId: string): Promise<void> {
    const lane = this.lane();
    if (!lane) {
      return;
    }
    this.feed.markOpened(read.id);
    await this.guard(() => this.desk.lookUpPlateMatch(lane, read.id, declarationId));
  }

  protected async openCamera(): Promise<void> {
    const lane = this.lane();
    const dialogRef = this.dialog.open<CameraScanDialog, undefined, string>(CameraScanDialog, {
      width: '640px',
      maxWidth: '95vw',
    });
    const text = await firstValueFrom(dialogRef.afterClosed());
    if (text && lane) {
      await this.guard(() => this.desk.lookUpScan(lane, text, 'camera'));
    }
    this.focusScanField();
  }

  private async perform(action: LaneKeyAction): Promise<void> {
    switch (action) {
      case 'submitScan':
        return this.submitScan();
      case 'recordCrossing':
        return this.recordCrossing();
      case 'openPlateMatch': {
        const read = this.feed.nextUnopenedMatch();
        return read ? this.openPlateMatch(read, read.matches[0].declarationId) : undefined;
      }
      case 'openCamera':
        return this.openCamera();
      case 'clear':
        this.clearScan();
        this.desk.clear();
        return;
    }
  }

  private async submitScan(): Promise<void> {
    const field = this.scanField()?.nativeElement;
    const lane = this.lane();
    if (!field || !lane || field.value.trim() === '') {
      return;
    }

    const submission = submitScanLine(this.mrzLines, field.value);
    field.value = '';
    if (submission.kind === 'waitForLine') {
      this.mrzLines = submission.lines;
      return;
    }
    this.mrzLines = [];
    await this.guard(() => this.desk.lookUpScan(lane, submission.input, 'keyboard'));
  }

  private clearScan(): void {
    const field = this.scanField()?.nativeElement;
    if (field) {
      field.value = '';
    }
    this.mrzLines = [];
  }

  private async guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
    this.focusScanField();
  }

  private async loadDesks(): Promise<void> {
    try {
      const desks = await firstValueFrom(this.api.desks());
      this.desks.set(desks);
      const lane = this.lane();
      if (lane) {
        await this.startLane(lane);
      }
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    }
  }

  private async startLane(lane: LaneChoice): Promise<void> {
    this.focusScanField();
    try {
      await this.feed.listen(lane.gateCode);
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  private announce(key: string): void {
    this.snackBar.open(this.translate.instant(key), this.translate.instant('common.close'), {
      duration: SNACK_BAR_DURATION_MS,
    });
  }

  private focusScanField(): void {
    afterNextRender(() => this.scanField()?.nativeElement.focus(), { injector: this.injector });
  }
}
