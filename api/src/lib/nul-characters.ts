import type { RequestHandler } from 'express';

import { ValidationError, type FieldIssue } from './errors';

/**
 * Lists the paths of strings that contain NUL. The walk uses its own stack rather than
 * recursion, so deep nesting cannot overflow the call stack.
 */
function collectNulPaths(body: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: body, path: [] }];

  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        issues.push({ path, code: 'invalid' });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        pending.push({ value: item, path: [...path, key] });
      }
    }
  }

  // The stack visits fields last to first, so reversing the list puts them in document order.
  return issues.reverse();
}

/**
 * Rejects JSON bodies with a NUL character in any string, naming each such field. PostgreSQL
 * text cannot hold NUL, and Sequelize would otherwise store the two characters `\0` in its place.
 */
export const rejectNulCharacters: RequestHandler = (request, _response, next) => {
  const issues = collectNulPaths(request.body);

  if (issues.length > 0) {
    throw new ValidationError(issues);
  }
  next();
};
