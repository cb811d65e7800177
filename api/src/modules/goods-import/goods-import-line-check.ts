import type { GoodsImportField, GoodsLine } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { goodsReferenceIssues } from '../cargo-declarations/cargo-submission-check';
import type { RowIssue } from './goods-import-rows';

/** A goods line read from a data row, with the row's spreadsheet number. */
export interface ImportedLine {
  line: GoodsLine;
  rowNumber: number;
}

/** The imported lines that passed the reference check, and the issues of the others by row number. */
export interface CheckedLines {
  passed: ImportedLine[];
  rejected: { rowNumber: number; issues: RowIssue[] }[];
}

/**
 * Checks imported lines against the HS code and unit reference data with the cargo module's
 * `goodsReferenceIssues`, the check of a typed draft, so that both ways of entering goods lines
 * follow one rule. Pass the transaction that writes the lines, so they are checked as written.
 */
export async function checkImportedLines(
  sequelize: Sequelize,
  imported: readonly ImportedLine[],
  transaction?: Transaction,
): Promise<CheckedLines> {
  const lines = imported.map((entry) => entry.line);
  const issues = await goodsReferenceIssues(sequelize, lines, transaction);

  // Each issue's path is ['goodsLines', index, field], the index being the line's place in `imported`.
  const issuesByIndex = new Map<number, RowIssue[]>();
  for (const issue of issues) {
    const index = Number(issue.path[1]);
    const field = String(issue.path[2]) as GoodsImportField;
    const rowIssue: RowIssue = { field, code: issue.code, params: issue.params && { ...issue.params } };
    issuesByIndex.set(index, [...(issuesByIndex.get(index) ?? []), rowIssue]);
  }

  const passed = imported.filter((_entry, index) => !issuesByIndex.has(index));
  const rejected = [...issuesByIndex].map(([index, rowIssues]) => ({
    rowNumber: imported[index].rowNumber,
    issues: rowIssues,
  }));
  return { passed, rejected };
}
