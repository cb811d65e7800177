import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  ErrorHandler,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

import { ReferenceNames } from '../../core/reference/reference-names';
import { DateOnlyPipe, DateOrTimePipe, GateTimePipe } from '../../shared/format/date-pipes';
import { StatusBadge } from '../../shared/ui/status-badge';
import { type DecisionOutcome, DeclarationReview } from './declaration-review';
import { RejectionDialog, type RejectionDraft } from './reasons/rejection-dialog';
import { ChangeRequestHistory } from './change-requests/change-request-history';
import { SendBackButton } from './change-requests/send-back-button';
import { ReviewShortcuts } from './shortcuts/review-shortcuts';
import { RecordTrail } from './trail/record-trail';
import { ResultFailure } from './result-failure';
import { ScreeningPanel } from './screening/screening-panel';
import { RevokeResultButton } from './revoke-result-button';
import { statusTimeline } from './status-timeline';
import { DeclarationWarnings } from './declaration-warnings';
import { HoldPanel } from './hold/hold-panel';
import { CargoAttachments } from './cargo/cargo-attachments';
import { CargoConsignment } from './cargo/cargo-consignment';
import { CargoGoods } from './cargo/cargo-goods';
import { TravellerCard } from './traveller-card';
import { VehiclePanel } from './vehicle-panel';

const SNACK_BAR_DURATION_MS = 5000;

/** Everything an officer needs to decide on one declaration, with the Approve, Reject and Send back actions. */
@Component({
  selector: 'sg-declaration-detail',
  imports: [
    CargoAttachments,
    CargoConsignment,
    CargoGoods,
    DateOnlyPipe,
    DateOrTimePipe,
    GateTimePipe,
    MatButtonModule,
    MatProgressBarModule,
    ResultFailure,
    RevokeResultButton,
    RouterLink,
    ScreeningPanel,
    SendBackButton,
    ChangeRequestHistory,
    StatusBadge,
    TranslatePipe,
    TravellerCard,
    DeclarationWarnings,
    HoldPanel,
    RecordTrail,
    ReviewShortcuts,
    VehiclePanel,
  ],
  providers: [DeclarationReview],
  templateUrl: './declaration-detail.html',
  styleUrl: './declaration-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclarationDetail {
  private readonly names = inject(ReferenceNames);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly injector = inject(Injector);
  private readonly pageTitle = viewChild<ElementRef<HTMLElement>>('pageTitle');
  private readonly sendBackButton = viewChild(SendBackButton);

  /** The declaration id, from the `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly review = inject(DeclarationReview);
  protected readonly declaration = this.review.declaration;
  protected readonly crossing = computed(() => {
    const data = this.declaration()?.data;
    return {
      gate: this.names.gateName(data?.gateCode),
      purpose: this.names.purposeName(data?.purposeCode),
    };
  });
  protected readonly timeline = computed(() => {
    const declaration = this.declaration();
    return declaration ? statusTimeline(declaration) : [];
  });

  constructor() {
    this.loadWhenIdChanges();
  }

  protected approveDeclaration(): Promise<void> {
    return this.runDecision(() => this.review.approve(), 'declarations.detail.approved');
  }

  protected async rejectDeclaration(): Promise<void> {
    const dialogRef = this.dialog.open<RejectionDialog, void, RejectionDraft>(RejectionDialog, {
      width: '640px',
      maxWidth: '95vw',
    });
    const rejection = await firstValueFrom(dialogRef.afterClosed());
    if (!rejection) {
      return;
    }

    await this.runDecision(() => this.review.reject(rejection), 'declarations.detail.rejected');
  }

  /** Opens the send-back dialog, as the S shortcut does without pressing the button. */
  protected sendBackDeclaration(): void {
    void this.sendBackButton()?.sendBack();
  }

  protected async reloadDeclaration(): Promise<void> {
    try {
      await this.review.load(this.id());
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  private loadWhenIdChanges(): void {
    effect(() => {
      this.id();
      untracked(() => void this.reloadDeclaration());
    });
  }

  private async runDecision(decide: () => Promise<DecisionOutcome>, successKey: string): Promise<void> {
    try {
      const outcome = await decide();
      if (outcome === 'decided') {
        this.snackBar.open(this.translate.instant(successKey), this.translate.instant('common.close'), {
          duration: SNACK_BAR_DURATION_MS,
        });
      }
      this.focusPageTitle();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  /** Moves keyboard focus to the page title, because the focused action button vanishes once a decision is recorded. */
  protected focusPageTitle(): void {
    afterNextRender(() => this.pageTitle()?.nativeElement.focus(), { injector: this.injector });
  }
}
