import {
  GoodsLine,
  issueMessageKey,
  validationMessage,
  type GoodsImportField,
  type GoodsImportRejectedRow,
} from '@smartgate/shared-models';

import type { ResponseLanguage } from '../../lib/request-language';
import { cellInput } from './goods-import-cells';
import type { HeaderMap } from './goods-import-header';
import type { ImportReference } from './goods-import-reference';
import type { ImportRow } from './goods-import-sheet';

/** One reason a row was rejected, before it is put into words. */
export interface RowIssue {
  field: GoodsImportField | 'row';
  code: string;
  params?: Record<string, string>;
}

/** The outcome of one data row: a goods line, or the reasons it is not one. */
export type RowOutcome = { line: GoodsLine } | { issues: RowIssue[] };

/** Reads the parameters that a custom zod issue carries, such as the allowed `decimals`. */
function issueParams(issue: unknown): Record<string, string> | undefined {
  const params = (issue as { params?: Record<string, string> }).params;
  return params && Object.keys(params).length > 0 ? params : undefined;
}

/**
 * Turns one data row into a goods line. Each cell is read into its field's input (a unit or a
 * country by code or name, a number with a decimal comma or dot), then the whole line goes
 * through the shared `GoodsLine` schema. A cell that could not be read is reported once, not
 * again by the schema. The HS code and unit checks run afterwards on all lines at once
 * (`checkImportedLines`).
 */
export function convertRow(
  row: ImportRow,
  header: HeaderMap,
  decimalSeparator: '.' | ',',
  reference: ImportReference,
): RowOutcome {
  if (row.malformed) {
    return { issues: [{ field: 'row', code: 'csvRowMalformed' }] };
  }

  const input: Partial<Record<GoodsImportField, string>> = {};
  const issues: RowIssue[] = [];
  for (const [field, { index }] of header) {
    const read = cellInput(field, row.cells[index], decimalSeparator, reference);
    if ('issue' in read) {
      issues.push({ field, ...read.issue });
    } else {
      input[field] = read.value;
    }
  }

  const parsed = GoodsLine.safeParse(input);
  if (!parsed.success) {
    const reported = new Set(issues.map((issue) => issue.field));
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as GoodsImportField;
      if (!reported.has(field)) {
        reported.add(field);
        issues.push({ field, code: issueMessageKey(issue), params: issueParams(issue) });
      }
    }
  }
  if (issues.length > 0 || !parsed.success) {
    return { issues };
  }
  return { line: parsed.data };
}

/** Puts the issues of a rejected row into words in the request's language. */
export function rejectedRowEntries(
  row: Pick<ImportRow, 'rowNumber'>,
  issues: readonly RowIssue[],
  header: HeaderMap,
  language: ResponseLanguage,
): GoodsImportRejectedRow[] {
  return issues.map((issue) => {
    const column = issue.field === 'row' ? null : (header.get(issue.field)?.header ?? null);
    return {
      row: row.rowNumber,
      field: issue.field,
      column,
      message: validationMessage(issue.code, [issue.field], language, issue.params),
    };
  });
}
