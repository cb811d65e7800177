import { parseDeclarationFieldPath, type FieldComment } from '@smartgate/shared-models';

import type { FieldIssue } from '../../lib/errors';

/**
 * Checks the fields an officer commented on: each path must be a known field (see
 * `parseDeclarationFieldPath`), a traveller's field must name a traveller the declaration has,
 * a goods line's field a line that a cargo declaration has, and each field may be commented once. Returns one issue per failing comment, naming its path.
 * NOTE: vehicle fields are accepted whether or not the declaration names a vehicle, because the
 * officer may ask the applicant to add the vehicle they arrive in.
 */
export function findFieldCommentIssues(
  fieldComments: readonly FieldComment[],
  travellerCount: number,
  cargo: { kind: 'travel' | 'cargo'; goodsLineCount: number } = { kind: 'travel', goodsLineCount: 0 },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const commented = new Set<string>();

  fieldComments.forEach(({ field }, index) => {
    const path = ['fieldComments', index, 'field'];
    const parsed = parseDeclarationFieldPath(field, cargo.kind);
    const missingItem =
      (parsed?.section === 'traveller' && parsed.index >= travellerCount) ||
      (parsed?.section === 'goodsLine' && parsed.index >= cargo.goodsLineCount);

    if (!parsed || missingItem) {
      issues.push({ path, code: 'unknownDeclarationField', params: { value: field } });
    } else if (commented.has(field)) {
      issues.push({ path, code: 'duplicateDeclarationField', params: { value: field } });
    }
    commented.add(field);
  });

  return issues;
}
