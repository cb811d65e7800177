/** Action of a key pressed on the lane screen. */
export type LaneKeyAction = 'submitScan' | 'recordCrossing' | 'clear' | 'openPlateMatch' | 'openCamera';

/** The keys of the lane screen, shown to the officer in the key hints too. */
export const LANE_KEYS = {
  submitScan: 'Enter',
  recordCrossing: 'F2',
  openPlateMatch: 'F4',
  openCamera: 'F9',
  clear: 'Escape',
} as const satisfies Record<LaneKeyAction, string>;

/**
 * Maps a key to the lane screen's action, or null for a key that only types. Enter acts only in
 * the scan field, where scanners and desk readers end their input with it. Function keys and
 * Escape act anywhere on the screen, so the officer never needs the mouse.
 */
export function laneKeyAction(event: {
  key: string;
  inScanField: boolean;
  modifiers: boolean;
}): LaneKeyAction | null {
  if (event.modifiers) {
    return null;
  }
  if (event.key === LANE_KEYS.submitScan) {
    return event.inScanField ? 'submitScan' : null;
  }

  const action = (Object.keys(LANE_KEYS) as LaneKeyAction[]).find(
    (candidate) => LANE_KEYS[candidate] === event.key,
  );
  return action ?? null;
}

/** TD3 passports print 2 lines of 44 characters, TD1 ID cards 3 lines of 30. */
const MRZ_LINE = /^[A-Z0-9<]+$/;

/** Effect of Enter in the scan field: wait for the next MRZ line, or look up everything read so far. */
export type ScanSubmission = { kind: 'waitForLine'; lines: string[] } | { kind: 'lookUp'; input: string };

/**
 * Decides what Enter in the scan field means. Desk readers type an MRZ line by line, each ended
 * with Enter, so an MRZ line is kept until the last line of its layout has arrived.
 */
export function submitScanLine(previousLines: readonly string[], line: string): ScanSubmission {
  const text = line.trim().toUpperCase();
  const lines = [...previousLines, text];

  const isMrzLine = MRZ_LINE.test(text) && (text.length === 44 || text.length === 30);
  const expected = text.length === 44 ? 2 : 3;
  if (isMrzLine && lines.every((part) => part.length === text.length) && lines.length < expected) {
    return { kind: 'waitForLine', lines };
  }

  const input = previousLines.length > 0 ? lines.join('\n') : line;
  return { kind: 'lookUp', input };
}
