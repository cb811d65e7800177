import { TravellerProfileUpdate } from '@smartgate/shared-models';
import type { Request } from 'express';
import { z } from 'zod';

import { NotFoundError, ValidationError } from '../../lib/errors';
import { fieldIssues } from '../../lib/validation';

const ProfileId = z.uuid();

/** Reads the `:id` path parameter. A malformed id gets the same 404 as an unknown one. */
export function profileIdParam(request: Request): string {
  const parsed = ProfileId.safeParse(request.params['id']);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/**
 * Parses a profile update. Errors inside `traveller` are reported with paths relative to the
 * traveller, such as `fullName`, as for a new profile, so the portal maps both the same way.
 */
export function parseProfileUpdate(body: unknown): TravellerProfileUpdate {
  const parsed = TravellerProfileUpdate.safeParse(body);
  if (parsed.success) {
    return parsed.data;
  }

  const issues = fieldIssues(parsed.error.issues).map((issue) =>
    issue.path[0] === 'traveller' && issue.path.length > 1 ? { ...issue, path: issue.path.slice(1) } : issue,
  );
  throw new ValidationError(issues);
}
