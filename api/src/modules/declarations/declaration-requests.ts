import type { Request } from 'express';
import type { z } from 'zod';

import { NotFoundError, ValidationError } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';
import { DeclarationId, DraftUpdateRequest } from './declarations.schemas';

/** Reads the `:id` path parameter. A malformed id gets the same 404 as an unknown one. */
export function declarationIdParam(request: Request): string {
  const parsed = DeclarationId.safeParse(request.params['id']);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/**
 * Parses a draft update. Errors inside `data` are reported with paths relative to the draft,
 * such as `travellers.1.fullName`, as for a new draft, so the form maps them the same way.
 * `schema` replaces the travel update's schema, such as for a cargo draft.
 */
export function parseDraftUpdate(body: unknown): DraftUpdateRequest;
export function parseDraftUpdate<T extends z.ZodType>(body: unknown, schema: T): z.output<T>;
export function parseDraftUpdate(body: unknown, schema: z.ZodType = DraftUpdateRequest): unknown {
  const parsed = schema.safeParse(body);
  if (parsed.success) {
    return parsed.data;
  }

  const issues = fieldIssues(parsed.error.issues).map((issue) => {
    const insideData = issue.path[0] === 'data' && issue.path.length > 1;
    return insideData ? { ...issue, path: issue.path.slice(1) } : issue;
  });
  throw new ValidationError(issues);
}
