/** What a review shortcut does. */
export type ReviewShortcutAction = 'next' | 'approve' | 'reject' | 'sendBack' | 'help';

/**
 * The review screen's keys, as in mail and issue trackers: J or N for the next record, A to
 * approve, R to reject, S to send back, ? for this list. Keys are matched case-insensitively.
 */
export const REVIEW_SHORTCUTS: readonly { action: ReviewShortcutAction; keys: readonly string[] }[] = [
  { action: 'next', keys: ['J', 'N'] },
  { action: 'approve', keys: ['A'] },
  { action: 'reject', keys: ['R'] },
  { action: 'sendBack', keys: ['S'] },
  { action: 'help', keys: ['?'] },
];

/** Elements in which typing must never trigger a shortcut. */
const TYPING_ELEMENTS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Tells whether a key press is typing in a form control, which shortcuts must leave alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return (
    TYPING_ELEMENTS.has(target.tagName) || target.isContentEditable || target.closest('mat-select') !== null
  );
}

/**
 * Returns the shortcut action of a key press, or null. Presses with Ctrl, Alt or Meta belong to
 * the browser and the screen reader, and presses while typing belong to the field.
 */
export function shortcutAction(event: KeyboardEvent): ReviewShortcutAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || isTyping(event.target)) {
    return null;
  }

  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return REVIEW_SHORTCUTS.find((shortcut) => shortcut.keys.includes(key))?.action ?? null;
}
