import { ProblemType, type DeclarationView } from '@smartgate/shared-models';

import { HttpError } from '../../lib/errors';

/**
 * A cargo draft saved or submitted by another member since the client loaded it. The body
 * carries the declaration as it is now (`current`), so the form can show what changed, and
 * nothing the other member saved is overwritten.
 */
export class CargoDraftConflictError extends HttpError {
  readonly status = 409;
  readonly type = ProblemType.conflict;

  constructor(readonly current: DeclarationView) {
    super('draftChangedByAnother');
  }

  override problemExtensions(): Readonly<Record<string, unknown>> {
    return { current: this.current };
  }
}
