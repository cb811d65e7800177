import { z } from 'zod';

import { ExpectedVersion } from './officer-decision';
import { requiredText } from './text';

/**
 * A supervisor's revocation of an issued result, with the reason the applicant is sent by
 * e-mail. `version` is the declaration version the supervisor saw.
 */
export const ResultRevocation = z.object({
  version: ExpectedVersion,
  reason: requiredText(1000),
});
export type ResultRevocation = z.infer<typeof ResultRevocation>;
