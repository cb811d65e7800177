import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ScreeningFlag } from '@smartgate/shared-models';

import { DateOnlyPipe, GateTimePipe } from '../format/date-pipes';

/**
 * The screening flags of a declaration, each beside the data it concerns: which person, plate,
 * goods line or attachment, and why (the watchlist entry's reason, the earlier rejection, the
 * expiry dates). Used on the review screen and on the gate lane screen.
 */
@Component({
  selector: 'sg-screening-flags',
  imports: [DateOnlyPipe, GateTimePipe, RouterLink, TranslatePipe],
  template: `
    <ul class="flags">
      @for (flag of flags(); track $index) {
        <li class="flag" [class.severe]="isSevere(flag)">
          <strong class="kind">{{ 'screening.kinds.' + flag.kind | translate }}</strong>
          <span class="subject">
            @if (flag.travellerPosition !== null) {
              {{ 'screening.person' | translate: { number: flag.travellerPosition + 1 } }} –
            }
            @if (flag.goodsLinePosition !== null) {
              {{ 'screening.goodsLine' | translate: { number: flag.goodsLinePosition + 1 } }} –
            }
            {{ 'screening.subjects.' + flag.subject | translate }}:
            <span class="value">
              @if (flag.subject === 'attachment') {
                {{ 'declarations.cargo.attachmentTypes.' + flag.value | translate }}
              } @else {
                {{ flag.value }}
              }
            </span>
          </span>
          @if (flag.watchlistEntry; as entry) {
            <span class="detail">
              {{ 'screening.entryReason' | translate: { reason: entry.reason } }}
              ({{ 'screening.entryUntil' | translate: { time: (entry.expiresAt | gateTime) } }})
            </span>
          }
          @if (flag.expiry; as expiry) {
            <span class="detail">
              {{
                'screening.expiry'
                  | translate
                    : {
                        expiresOn: (expiry.expiresOn | dateOnly),
                        neededUntil: (expiry.neededUntil | dateOnly),
                      }
              }}
            </span>
          }
          @if (flag.rejection; as rejection) {
            <span class="detail">
              {{
                'screening.rejection'
                  | translate
                    : {
                        reference: rejection.referenceCode ?? '–',
                        time: (rejection.decidedAt | gateTime) || '–',
                        reason: rejection.reason ?? '–',
                      }
              }}
              @if (linkRejections()) {
                <a [routerLink]="['/declarations', rejection.declarationId]">{{
                  'screening.openRejected' | translate
                }}</a>
              }
            </span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .flags {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 8px;
    }

    .flag {
      display: grid;
      gap: 2px;
      padding: 8px 12px;
      border-inline-start: 4px solid var(--mat-sys-tertiary);
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }

    .flag.severe {
      border-inline-start-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .value {
      font-weight: 600;
      font-family: var(--sg-mono-font, monospace);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScreeningFlags {
  readonly flags = input.required<readonly ScreeningFlag[]>();
  /** Whether each earlier rejection links to that declaration; the lane screen leaves links out. */
  readonly linkRejections = input(true);

  /** Watchlist matches and prohibited goods stop the officer; the other flags ask for a closer look. */
  protected isSevere(flag: ScreeningFlag): boolean {
    return flag.kind === 'watchlist' || flag.kind === 'goods_prohibited';
  }
}
