import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';
import type { GateTraveller } from '@smartgate/shared-models';

import { ReferenceNames } from '../../core/reference/reference-names';
import { DateOnlyPipe, GateTimePipe } from '../../shared/format/date-pipes';

/** One traveller at the lane: the photo beside the document data, so the officer compares face to photo. */
@Component({
  selector: 'sg-gate-traveller-card',
  imports: [DateOnlyPipe, GateTimePipe, MatButtonModule, MatCheckboxModule, TranslatePipe],
  templateUrl: './gate-traveller-card.html',
  styleUrl: './gate-traveller-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GateTravellerCard {
  private readonly names = inject(ReferenceNames);

  readonly traveller = input.required<GateTraveller>();
  readonly ticked = input(false);
  /** Whether the result allows recording at this lane now. */
  readonly recordable = input(false);
  readonly tickedChange = output<void>();
  readonly refuse = output<void>();

  protected readonly nationality = computed(
    () => this.names.countryName(this.traveller().nationality) ?? this.traveller().nationality,
  );
}
