import type { z } from 'zod';

import { VALIDATION_MESSAGE_KEYS } from './validation-messages';

/**
 * Maps a zod issue to one of the message keys of the validation catalog. Schemas set
 * their keys as the issue message; zod's built-in issues are mapped by their code.
 */
export function issueMessageKey(issue: z.core.$ZodIssue): string {
  if (VALIDATION_MESSAGE_KEYS.includes(issue.message)) {
    return issue.message;
  }

  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalidType';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : 'tooBig';
    case 'too_small':
      return 'required';
    case 'invalid_value':
      return 'invalidOption';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalid';
  }
}

/** Path of an issue as a dotted string, such as `travellers.1.fullName`. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}
