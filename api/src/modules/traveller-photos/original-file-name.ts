/** Longest original file name kept, in characters, as the column allows. */
const MAX_ORIGINAL_NAME_LENGTH = 255;

/**
 * Cleans the name of an uploaded file for display: NFC, the last path segment only, without
 * control, format (bidirectional overrides, zero-width) or unpaired surrogate characters, and
 * at most 255 characters. Returns null when nothing is left. The name is kept only as text to
 * show; no path is ever built from it, and the apps escape it like any other text.
 */
export function cleanOriginalFileName(name: string | undefined): string | null {
  if (!name) {
    return null;
  }

  const lastSegment = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const visible = lastSegment
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const shortened = Array.from(visible).slice(0, MAX_ORIGINAL_NAME_LENGTH).join('');

  return shortened === '' ? null : shortened;
}
