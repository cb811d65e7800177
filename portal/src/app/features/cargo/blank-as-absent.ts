/** Reads a text field as absent when blank, so the complete schema reports it as missing rather than malformed. */
export function blankAsAbsent(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
