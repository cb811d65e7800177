/** Spaces that spreadsheets put between digit groups: space, no-break space, narrow no-break space. */
const GROUP_SPACES = /(?<=\d)[\u0020\u00a0\u202f](?=\d)/g;

/** Digits grouped by threes with a separator, such as `1.250.000`. */
function groupedPattern(separator: string): RegExp {
  const escaped = separator === '.' ? '\\.' : separator;
  return new RegExp(`^-?\\d{1,3}(?:${escaped}\\d{3})+$`);
}

/** Rewrites a number with the given grouping separator removed and the decimal separator as a dot. */
function withDotDecimal(text: string, grouping: string | null, decimal: string): string | null {
  const [integerPart, fraction, extra] = text.split(decimal);
  if (extra !== undefined) {
    return null;
  }
  if (grouping !== null && integerPart.includes(grouping) && !groupedPattern(grouping).test(integerPart)) {
    return null;
  }
  const integer = grouping === null ? integerPart : integerPart.replaceAll(grouping, '');
  return fraction === undefined ? integer : `${integer}.${fraction}`;
}

/**
 * Reads a number typed in a spreadsheet cell or a CSV field and writes it with a dot before the
 * decimals, for the shared decimal schemas to check. People write `1250.5`, `1250,5`,
 * `1.250,5`, `1,250.5` or `1 250,5`, so:
 * - with both `.` and `,`, the later one separates the decimals and the other groups thousands;
 * - a separator that appears more than once groups thousands;
 * - a single separator is the decimal one, except that in a file whose decimal separator is
 *   `decimalSeparator`, the other sign followed by exactly three digits (`1.250` in a file with
 *   decimal commas) groups thousands, as that file's locale writes them.
 * Returns the text unchanged when it is not a number in any of these forms, so that the decimal
 * schema reports it as invalid.
 */
export function normalizeImportNumber(raw: string, decimalSeparator: '.' | ','): string {
  const text = raw.trim().replace(GROUP_SPACES, '');
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;

  let normalized: string | null = text;
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    normalized = withDotDecimal(text, decimal === '.' ? ',' : '.', decimal);
  } else if (dots + commas > 1) {
    const separator = dots > 0 ? '.' : ',';
    normalized = groupedPattern(separator).test(text) ? text.replaceAll(separator, '') : null;
  } else if (dots + commas === 1) {
    const separator = dots > 0 ? '.' : ',';
    const groupsThousands = separator !== decimalSeparator && groupedPattern(separator).test(text);
    normalized = groupsThousands ? text.replace(separator, '') : text.replace(separator, '.');
  }

  return normalized ?? raw.trim();
}
