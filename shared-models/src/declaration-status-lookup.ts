import { z } from 'zod';

import { DateOnly } from './date-only';
import { DeclarationStatus, Direction } from './declaration-status';
import { ReferenceCode } from './reference-code';

/**
 * A public status lookup: the reference code of a declaration and its lead traveller's date of
 * birth. It travels in a POST body, so neither value lands in URLs or access logs.
 */
export const DeclarationStatusLookup = z.object({
  referenceCode: ReferenceCode,
  leadDateOfBirth: DateOnly,
});
export type DeclarationStatusLookup = z.infer<typeof DeclarationStatusLookup>;

/**
 * Status as the public lookup reports it: the declaration's status, except that an issued
 * declaration whose result was revoked reads `result_revoked`. Drafts have no reference code,
 * so no lookup can reach them.
 */
export const PublicDeclarationStatus = z.enum([
  ...DeclarationStatus.exclude(['draft']).options,
  'result_revoked',
]);
export type PublicDeclarationStatus = z.infer<typeof PublicDeclarationStatus>;

/**
 * Response of a public status lookup. It names no traveller and no document: only the status,
 * the gate, the direction and the planned crossing date, which the requester already has.
 */
export const DeclarationStatusAnswer = z.object({
  referenceCode: z.string(),
  status: PublicDeclarationStatus,
  gate: z.object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    nameKm: z.string().optional(),
  }),
  direction: Direction,
  /** `YYYY-MM-DD`. */
  plannedCrossingDate: z.string(),
});
export type DeclarationStatusAnswer = z.infer<typeof DeclarationStatusAnswer>;
