import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  APPROVER_ROLES,
  SUPERVISOR_ROLES,
  type AssignmentView,
  type DeclarationStatus,
} from '@smartgate/shared-models';
import { type Observable, firstValueFrom } from 'rxjs';

import { ReviewQueueApi } from '../../../core/api/review-queue-api';
import { AuthState } from '../../../core/auth/auth-state';
import { isProblemOfType } from '../../../core/errors/problem';
import { GateTimePipe } from '../../../shared/format/date-pipes';

const SNACK_BAR_DURATION_MS = 5000;

/**
 * The panel naming the officer who handles a submitted declaration, with the actions to take
 * it, return it to the queue, or (for a supervisor) take it over. Only that officer can decide it.
 */
@Component({
  selector: 'sg-hold-panel',
  imports: [GateTimePipe, MatButtonModule, TranslatePipe],
  templateUrl: './hold-panel.html',
  styleUrl: './hold-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HoldPanel {
  private readonly api = inject(ReviewQueueApi);
  private readonly officer = inject(AuthState).officer;
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  readonly declarationId = input.required<string>();
  readonly version = input.required<number>();
  readonly status = input.required<DeclarationStatus>();

  protected readonly hold = signal<AssignmentView | null>(null);
  protected readonly working = signal(false);
  protected readonly holder = computed(() => this.hold()?.assignment ?? null);
  protected readonly heldByMe = computed(() => this.holder()?.officerId === this.officer()?.id);
  /** Gate officers record crossings but do not decide, so they cannot hold a declaration. */
  protected readonly canHold = computed(() => {
    const role = this.officer()?.role;
    return role !== undefined && APPROVER_ROLES.includes(role);
  });
  protected readonly isSupervisor = computed(() => {
    const role = this.officer()?.role;
    return role !== undefined && SUPERVISOR_ROLES.includes(role);
  });

  constructor() {
    // Only a submitted declaration can be held, so decided ones need no request.
    effect(() => {
      const id = this.declarationId();
      this.version();
      if (this.status() !== 'submitted') {
        this.hold.set(null);
        return;
      }
      untracked(() => void this.loadHold(id));
    });
  }

  protected assignToMe(): Promise<void> {
    return this.change(
      this.api.assign(this.declarationId(), { version: this.version(), takeOver: false }),
      'assigned',
    );
  }

  protected takeOver(): Promise<void> {
    return this.change(
      this.api.assign(this.declarationId(), { version: this.version(), takeOver: true }),
      'takenOver',
    );
  }

  protected release(): Promise<void> {
    return this.change(this.api.release(this.declarationId(), { version: this.version() }), 'released');
  }

  private async loadHold(id: string): Promise<void> {
    try {
      this.hold.set(await firstValueFrom(this.api.assignment(id)));
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  /** Sends a hold change. When another officer took the declaration meanwhile, it shows that officer. */
  private async change(request: Observable<AssignmentView>, doneKey: string): Promise<void> {
    this.working.set(true);
    try {
      this.hold.set(await firstValueFrom(request));
      this.snackBar.open(
        this.translate.instant(`declarations.hold.${doneKey}`),
        this.translate.instant('common.close'),
        {
          duration: SNACK_BAR_DURATION_MS,
        },
      );
    } catch (error) {
      this.errorHandler.handleError(error);
      if (isProblemOfType(error, 'declaration-held', 'version-conflict')) {
        await this.loadHold(this.declarationId());
      }
    } finally {
      this.working.set(false);
    }
  }
}
