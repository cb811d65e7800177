import { HttpErrorResponse } from '@angular/common/http';

import { readProblem } from '../../core/errors/problem';

/** Outcome of a failed sign-in step for the page: the message to show and the step to go on with. */
export interface SignInFailure {
  /** A translation key, used when the API sent no message of its own. */
  messageKey: string;
  /** The API's explanation, already in the request's language, such as the length of a lock. */
  detail?: string;
  /** True when the officer must enter the password again, because the lock or the step's time ended it. */
  restart: boolean;
  /** True for a failure this page does not recognise, which goes to the global error handler. */
  unexpected: boolean;
}

/** Reads a failed sign-in call: wrong credentials or code, a locked account, an expired step or too many tries. */
export function describeSignInFailure(error: unknown, step: 'password' | 'code'): SignInFailure {
  const problem = readProblem(error);
  const type = problem?.type.split('/').pop();
  const detail = problem?.detail;

  if (type === 'account-locked') {
    return { messageKey: 'auth.login.locked', detail, restart: true, unexpected: false };
  }
  if (type === 'invalid-credentials') {
    const messageKey = step === 'password' ? 'auth.login.invalidCredentials' : 'auth.login.wrongCode';
    // The password step's detail would only repeat the title, so the page's own wording is used.
    return { messageKey, detail: step === 'code' ? detail : undefined, restart: false, unexpected: false };
  }
  if (type === 'unauthenticated') {
    return { messageKey: 'auth.login.restart', detail, restart: true, unexpected: false };
  }
  if (error instanceof HttpErrorResponse && error.status === 429) {
    return { messageKey: 'auth.login.tooManyAttempts', restart: false, unexpected: false };
  }
  return { messageKey: 'auth.login.failed', restart: false, unexpected: true };
}
