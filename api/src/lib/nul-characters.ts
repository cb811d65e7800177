import type { RequestHandler } from 'express';

import { ValidationError, type FieldIssue } from './errors';

function collectNulPaths(value: unknown, path: (string | number)[], issues: FieldIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      issues.push({ path, code: 'invalid' });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectNulPaths(item, [...path, index], issues));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      collectNulPaths(item, [...path, key], issues);
    }
  }
}

/**
 * Rejects JSON bodies with a NUL character in any string, naming each such field. PostgreSQL
 * text cannot hold NUL, and Sequelize would otherwise store the two characters `\0` in its place.
 */
export const rejectNulCharacters: RequestHandler = (request, _response, next) => {
  const issues: FieldIssue[] = [];
  collectNulPaths(request.body, [], issues);

  if (issues.length > 0) {
    throw new ValidationError(issues);
  }
  next();
};
