import { HttpErrorResponse } from '@angular/common/http';
import { Problem, ProblemType } from '@smartgate/shared-models';

/** Returns the RFC 9457 problem body of a failed API call, or null when the error carries none. */
export function problemOf(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }

  const parsed = Problem.safeParse(error.error);
  return parsed.success ? parsed.data : null;
}

/** Returns the stable type of a problem: the last segment of `/api/problems/<type>`. */
export function problemTypeOf(problem: Problem): string {
  return problem.type.split('/').pop() ?? problem.type;
}

/** Checks whether an error is an API problem of the given type. */
export function isProblem(error: unknown, type: ProblemType): boolean {
  const problem = problemOf(error);
  return problem !== null && problemTypeOf(problem) === type;
}
