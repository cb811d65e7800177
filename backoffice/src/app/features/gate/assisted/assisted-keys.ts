/** Action of a key pressed on the counter screen once the filing is done. */
export type AssistedKeyAction = 'print' | 'recordCrossing';

/** The keys of the counter screen, shown on its buttons too. F2 records a crossing, as on the lane screen. */
export const ASSISTED_KEYS = {
  print: 'F8',
  recordCrossing: 'F2',
} as const satisfies Record<AssistedKeyAction, string>;

/** Maps a key to the counter screen's action, or null for a key that only types or has a modifier. */
export function assistedKeyAction(event: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): AssistedKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) {
    return null;
  }
  const action = (Object.keys(ASSISTED_KEYS) as AssistedKeyAction[]).find(
    (candidate) => ASSISTED_KEYS[candidate] === event.key,
  );
  return action ?? null;
}
