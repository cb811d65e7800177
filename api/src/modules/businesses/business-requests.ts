import type { Request } from 'express';
import { z } from 'zod';

import { NotFoundError, ValidationError } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';

const RecordId = z.uuid();

/**
 * Reads a uuid path parameter such as `:businessId`. A malformed id gets the same 404 as an
 * unknown one, so that a probe learns nothing from the difference.
 */
export function idParam(request: Request, name: string): string {
  const parsed = RecordId.safeParse(request.params[name]);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/**
 * Parses a body of the form `{ version, [field]: {...} }`. Errors inside the nested object are
 * reported with paths relative to it, such as `plateNumber`, as for a new record, so the portal
 * maps a create and an update the same way.
 */
export function parseNestedUpdate<S extends z.ZodType>(schema: S, body: unknown, field: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) {
    return parsed.data;
  }

  const issues = fieldIssues(parsed.error.issues).map((issue) =>
    issue.path[0] === field && issue.path.length > 1 ? { ...issue, path: issue.path.slice(1) } : issue,
  );
  throw new ValidationError(issues);
}
