import { z } from 'zod';

import { choiceError } from './choice-error';

/**
 * Lifecycle of a declaration: draft → submitted → approved → issued, or submitted → rejected.
 * "issued" means the result PDF exists and can be downloaded. An officer can send a submitted
 * declaration back (submitted → changes_requested); the applicant then edits it like a draft and
 * submits it again (changes_requested → submitted). The traveller can withdraw a declaration
 * until an officer decides it: from draft, submitted or changes_requested to withdrawn.
 */
export const DeclarationStatus = z.enum([
  'draft',
  'submitted',
  'approved',
  'issued',
  'rejected',
  'withdrawn',
  'changes_requested',
]);
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

/** Crossing direction as seen from Vietnam. */
export const Direction = z.enum(['entry', 'exit'], { error: choiceError });
export type Direction = z.infer<typeof Direction>;
