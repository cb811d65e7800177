import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { PlateReadEvent } from '@smartgate/shared-models';

import { GateTimePipe } from '../../shared/format/date-pipes';
import { plateMatchMessage } from './plate-match-message';

/** The gate's latest plate reads: matched vehicles with their result, and vehicles that arrived without a declaration. */
@Component({
  selector: 'sg-plate-read-list',
  imports: [GateTimePipe, MatButtonModule, TranslatePipe],
  template: `
    <h2 id="plate-reads-heading">{{ 'gate.plates.title' | translate }}</h2>
    <ol class="reads" aria-labelledby="plate-reads-heading" aria-live="polite">
      @for (read of reads(); track read.id) {
        <li class="read" [class.unmatched]="read.matches.length === 0" [class.opened]="opened().has(read.id)">
          <span class="plate">{{ read.plate }}</span>
          <span class="meta">
            {{ read.capturedAt | gateTime }} ·
            {{ read.laneCode ? ('gate.plates.lane' | translate: { lane: read.laneCode }) : read.cameraName }}
          </span>
          @for (match of read.matches; track match.declarationId) {
            <button
              mat-stroked-button
              type="button"
              class="match"
              (click)="open.emit({ read, declarationId: match.declarationId })"
            >
              @let message = matchMessage(read, match);
              {{ message.key | translate: message.params }}
            </button>
          } @empty {
            <span class="no-match">
              <span aria-hidden="true">⚠</span> {{ 'gate.plates.noDeclaration' | translate }}
            </span>
          }
        </li>
      } @empty {
        <li class="empty">{{ 'gate.plates.none' | translate }}</li>
      }
    </ol>
  `,
  styles: `
    .reads {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .read {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 8px 12px;
      border-left: 6px solid #1e7b34;
      border-radius: 6px;
      background: var(--mat-sys-surface);
    }
    .unmatched {
      border-left-color: #a87900;
    }
    .opened {
      opacity: 0.7;
    }
    .plate {
      font-family: ui-monospace, monospace;
      font-size: 1.4rem;
      font-weight: 700;
    }
    .no-match {
      font-weight: 600;
      color: #4a3500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlateReadList {
  readonly reads = input.required<PlateReadEvent[]>();
  readonly opened = input<ReadonlySet<number>>(new Set());
  readonly open = output<{ read: PlateReadEvent; declarationId: string }>();

  protected readonly matchMessage = plateMatchMessage;
}
