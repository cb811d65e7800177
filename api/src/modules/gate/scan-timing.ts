import { SCAN_TO_RECORD_BOUNDS } from '@smartgate/shared-models';

/**
 * Measures the milliseconds from the lane screen's scan to the recorded crossing. The scan time
 * comes from the screen's clock, so a few seconds in the future count as zero, and a time beyond
 * the bounds is returned as null: stored, it would distort the lane's percentiles.
 */
export function scanToRecordMs(scannedAt: Date, recordedAt: Date): number | null {
  const elapsed = recordedAt.getTime() - scannedAt.getTime();
  if (elapsed < SCAN_TO_RECORD_BOUNDS.minMs || elapsed > SCAN_TO_RECORD_BOUNDS.maxMs) {
    return null;
  }
  return Math.max(0, elapsed);
}
