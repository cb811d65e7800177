import { formatDateOnly } from '../../../shared/dates/date-only';
import { toGateLocalTime } from './gate-local-time';

/** The lead time a gate asks for when its reference data gives none. */
export const DEFAULT_CARGO_LEAD_MINUTES = 60;

/** The latest moment to submit a cargo declaration, as the gate's clocks show it. */
export interface SubmissionDeadline {
  /** dd/MM/yyyy HH:mm at the gate. */
  display: string;
  leadMinutes: number;
  /** True once the deadline is past, so the planned arrival must move. */
  passed: boolean;
}

/** Returns the submission deadline of a planned arrival: `leadMinutes` before it. */
export function submissionDeadline(
  plannedArrivalAt: string | undefined,
  leadMinutes: number,
  now: Date = new Date(),
): SubmissionDeadline | null {
  if (!plannedArrivalAt) {
    return null;
  }

  const deadline = new Date(new Date(plannedArrivalAt).getTime() - leadMinutes * 60_000);
  const local = toGateLocalTime(deadline);
  return {
    display: `${formatDateOnly(local.date)} ${local.time}`,
    leadMinutes,
    passed: deadline.getTime() <= now.getTime(),
  };
}
