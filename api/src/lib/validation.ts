import { issueMessageKey } from '@smartgate/shared-models';
import type { z } from 'zod';

import { ValidationError, type FieldIssue } from './errors';

/** The placeholders of a custom issue's message, such as `{decimals}`, as strings. */
function stringParams(params: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
}

/** Converts zod issues to field issues that keep numeric array indexes, which field labels rely on. */
export function fieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    code: issueMessageKey(issue),
    ...(issue.code === 'custom' && issue.params ? { params: stringParams(issue.params) } : {}),
  }));
}

/**
 * Parses request input with a shared schema, or throws a ValidationError listing every
 * invalid field (400, or the given status).
 */
export function parseRequest<T extends z.ZodType>(
  schema: T,
  input: unknown,
  status: 400 | 422 = 400,
): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ValidationError(fieldIssues(result.error.issues), status);
  }
  return result.data;
}
