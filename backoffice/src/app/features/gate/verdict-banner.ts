import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { GateVerdict } from '@smartgate/shared-models';

/** Look of each verdict: its colour band and the symbol shown beside the text, so colour is never the only cue. */
const VERDICT_LOOKS: Record<GateVerdict, { tone: 'go' | 'stop' | 'check'; symbol: string }> = {
  valid: { tone: 'go', symbol: '✔' },
  revoked: { tone: 'stop', symbol: '✖' },
  used: { tone: 'stop', symbol: '✖' },
  expired: { tone: 'stop', symbol: '✖' },
  not_issued: { tone: 'stop', symbol: '✖' },
  wrong_gate: { tone: 'check', symbol: '⚠' },
  wrong_direction: { tone: 'check', symbol: '⚠' },
  wrong_day: { tone: 'check', symbol: '⚠' },
  not_ours: { tone: 'stop', symbol: '✖' },
  tampered: { tone: 'stop', symbol: '✖' },
  not_found: { tone: 'check', symbol: '?' },
  invalid_mrz: { tone: 'check', symbol: '?' },
  unrecognized: { tone: 'check', symbol: '?' },
};

/** The lane screen's verdict in large text on a coloured band, announced to screen readers as it changes. */
@Component({
  selector: 'sg-verdict-banner',
  imports: [TranslatePipe],
  template: `
    <div class="verdict" [class]="'verdict verdict--' + look().tone" role="status" aria-live="assertive">
      <span class="symbol" aria-hidden="true">{{ look().symbol }}</span>
      <span class="text">{{ 'gate.verdict.' + verdict() | translate }}</span>
    </div>
    @if (otherFindings().length > 0) {
      <p class="also">
        {{ 'gate.verdict.also' | translate }}
        @for (finding of otherFindings(); track finding; let last = $last) {
          {{ 'gate.verdict.' + finding | translate }}{{ last ? '' : ', ' }}
        }
      </p>
    }
  `,
  styleUrl: './verdict-banner.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerdictBanner {
  readonly verdict = input.required<GateVerdict>();
  readonly findings = input<readonly GateVerdict[]>([]);

  protected readonly look = computed(() => VERDICT_LOOKS[this.verdict()]);
  protected readonly otherFindings = computed(() =>
    this.findings().filter((finding) => finding !== this.verdict()),
  );
}
