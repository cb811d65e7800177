import type { Direction, GateVerdict } from '@smartgate/shared-models';

import type { ResultStatus } from '../results/result-rules';

/** The facts of a result that decide whether its travellers may cross at a lane today. */
export interface VerdictFacts {
  resultStatus: ResultStatus;
  resultGateCode: string;
  direction: Direction;
  validFrom: string;
  validUntil: string;
  usedAt: Date | null;
}

/** The lane where the officer scans, and today's date at its gate (`YYYY-MM-DD`). */
export interface LaneContext {
  gateCode: string;
  direction: Direction | null;
  today: string;
}

/**
 * Lists every check that the result fails at the lane, most serious first. A result is valid
 * from its planned crossing date through the last day of its validity window: before the window
 * it is for another day, after it expired.
 */
export function resultFindings(facts: VerdictFacts, lane: LaneContext): GateVerdict[] {
  const findings: GateVerdict[] = [];

  if (facts.resultStatus === 'revoked') {
    findings.push('revoked');
  }
  if (facts.usedAt !== null) {
    findings.push('used');
  }
  if (lane.today > facts.validUntil) {
    findings.push('expired');
  }
  if (facts.resultStatus === 'pending' || facts.resultStatus === 'failed') {
    findings.push('not_issued');
  }
  if (facts.resultGateCode !== lane.gateCode) {
    findings.push('wrong_gate');
  }
  if (lane.direction !== null && lane.direction !== facts.direction) {
    findings.push('wrong_direction');
  }
  if (lane.today < facts.validFrom) {
    findings.push('wrong_day');
  }
  return findings;
}

/** Returns the verdict that the lane screen shows: the most serious finding, or valid when there is none. */
export function verdictOf(findings: readonly GateVerdict[]): GateVerdict {
  return findings[0] ?? 'valid';
}
