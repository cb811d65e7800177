import { z } from 'zod';

import { choiceError } from './choice-error';

/**
 * Lifecycle of a declaration: draft → submitted → approved → issued, or submitted → rejected.
 * "issued" means the result PDF exists and can be downloaded. The traveller can withdraw a
 * declaration until an officer decides it: draft → withdrawn or submitted → withdrawn.
 */
export const DeclarationStatus = z.enum([
  'draft',
  'submitted',
  'approved',
  'issued',
  'rejected',
  'withdrawn',
]);
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

/** Crossing direction as seen from Vietnam. */
export const Direction = z.enum(['entry', 'exit'], { error: choiceError });
export type Direction = z.infer<typeof Direction>;
