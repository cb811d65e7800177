import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError, Problem, ProblemType } from '@smartgate/shared-models';

/**
 * Every problem type of the API contract. The type annotation makes the compiler report a type added
 * to or removed from the shared `ProblemType`, so this list cannot drift. It is spelled out here
 * instead of importing the shared object, which would pull zod into the start-up bundle.
 */
const KNOWN_PROBLEM_TYPES: Record<ProblemType, true> = {
  'validation-failed': true,
  unauthenticated: true,
  forbidden: true,
  'csrf-token-invalid': true,
  'not-found': true,
  'version-conflict': true,
  'declaration-held': true,
  'declaration-not-assigned': true,
  'invalid-status-transition': true,
  'email-already-registered': true,
  'invalid-credentials': true,
  'account-locked': true,
  'username-taken': true,
  'too-many-requests': true,
  'payload-too-large': true,
  'limit-reached': true,
  'internal-error': true,
  'tax-code-registered': true,
  'business-membership-conflict': true,
};

/** Reads the RFC 9457 problem from a failed API call, or returns null when the body is not one. */
export function readProblem(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse) || !isRecord(error.error)) {
    return null;
  }

  const { type, title, status, detail, errors } = error.error;
  if (typeof type !== 'string' || typeof title !== 'string' || typeof status !== 'number') {
    return null;
  }

  return {
    type,
    title,
    status,
    detail: typeof detail === 'string' ? detail : undefined,
    errors: Array.isArray(errors) ? errors.filter(isFieldError) : undefined,
  };
}

/** Returns the stable type of a problem, such as `version-conflict`, or null for a type this app does not know. */
export function knownProblemType(problem: Problem): ProblemType | null {
  // The API serves types as `/api/problems/<type>`, and only the last segment is stable across hosts.
  const type = problem.type.split('/').pop() ?? '';
  return Object.hasOwn(KNOWN_PROBLEM_TYPES, type) ? (type as ProblemType) : null;
}

/** Tells whether a failed API call returned a problem of one of the given types. */
export function isProblemOfType(error: unknown, ...types: ProblemType[]): boolean {
  const problem = readProblem(error);
  const type = problem ? knownProblemType(problem) : null;
  return type !== null && types.includes(type);
}

/** Lists the problem types this app has messages for. */
export function knownProblemTypes(): ProblemType[] {
  return Object.keys(KNOWN_PROBLEM_TYPES) as ProblemType[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value['path'] === 'string' &&
    typeof value['code'] === 'string' &&
    typeof value['message'] === 'string'
  );
}
