/**
 * Error key for a choice among listed values (an enum): a missing value is reported as
 * `required`, any other value as `invalidOption`. zod reports both as one issue code, and
 * its issues carry the input only inside this error callback.
 */
export function choiceError(issue: { input?: unknown }): string {
  return issue.input === undefined || issue.input === null ? 'required' : 'invalidOption';
}
