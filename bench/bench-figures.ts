import type { ApprovalLatencyFigures, ApprovalLoadOptions } from './approvals/approval-latency';
import type { MachineDescription } from './machine';
import type { ThroughputFigures } from './parallel-render';
import type { SpeedFigures } from './render-speed';

/** Everything one benchmark run measured, with the load average next to each part. */
export interface BenchFigures {
  date: Date;
  command: string;
  machine: MachineDescription;
  render: SpeedFigures;
  renderAndSign: SpeedFigures;
  /** Chromium with one warm page whose body each document replaces. */
  chromium: SpeedFigures;
  /** Chromium with a whole new page per document. */
  chromiumPages: SpeedFigures;
  throughput: {
    oneSigning: ThroughputFigures;
    twoSigning: ThroughputFigures;
    twoRendering: ThroughputFigures;
  };
  approvals?: { options: ApprovalLoadOptions; figures: ApprovalLatencyFigures };
  loadAverages: Record<string, number>;
}

/** One speed goal and whether this run met it. */
export interface GoalCheck {
  goal: string;
  measured: string;
  met: boolean;
}

/** Speed goals: at most 4 ms per render, 10 times Chromium's speed, approval to download under 1 s at p95. */
export const GOALS = { maxRenderMs: 4, minSpeedUp: 10, maxDownloadP95Ms: 1000 } as const;

/** Returns how many times faster the renderer is than Chromium, by default with a warm page. */
export function speedUp(figures: BenchFigures, chromium = figures.chromium): number {
  return chromium.medianMs / figures.render.medianMs;
}

export function checkGoals(figures: BenchFigures): GoalCheck[] {
  const checks: GoalCheck[] = [
    {
      goal: `render ≤ ${GOALS.maxRenderMs} ms per document on one core`,
      measured: `${figures.render.medianMs.toFixed(2)} ms`,
      met: figures.render.medianMs <= GOALS.maxRenderMs,
    },
    {
      goal: `≥ ${GOALS.minSpeedUp}× faster than Chromium's page.pdf(), an HTML page per document`,
      measured: `${speedUp(figures, figures.chromiumPages).toFixed(1)}×`,
      met: speedUp(figures, figures.chromiumPages) >= GOALS.minSpeedUp,
    },
    {
      goal: `≥ ${GOALS.minSpeedUp}× faster than Chromium's page.pdf(), one warm page (stricter)`,
      measured: `${speedUp(figures).toFixed(1)}×`,
      met: speedUp(figures) >= GOALS.minSpeedUp,
    },
  ];

  const approvals = figures.approvals?.figures;
  if (approvals) {
    const complete =
      approvals.missing === 0 && approvals.downloadErrors === 0 && approvals.approvalErrors === 0;
    checks.push({
      goal: `approval → downloadable PDF < ${GOALS.maxDownloadP95Ms} ms at p95, every PDF downloaded`,
      measured: `${approvals.downloaded.p95.toFixed(0)} ms, ${approvals.downloaded.count}/${approvals.approvals} downloaded`,
      met: complete && approvals.downloaded.p95 < GOALS.maxDownloadP95Ms,
    });
  }
  return checks;
}
