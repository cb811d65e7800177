import { z } from 'zod';

import { CrossingDeclarationDraft } from './crossing-declaration';
import { DeclarationStatus } from './declaration-status';

/** The electronic result attached to an approved declaration. */
export const ResultView = z.object({
  number: z.string(),
  /** `failed` after the last render attempt failed; an officer can generate the result again. */
  status: z.enum(['pending', 'issued', 'revoked', 'failed']),
  validFrom: z.string(),
  validUntil: z.string(),
  issuedAt: z.string().nullable(),
  /** When a supervisor revoked the result; null or absent unless it is revoked. */
  revokedAt: z.string().nullable().optional(),
  /** The supervisor's reason for revoking the result, which the applicant is also sent by e-mail. */
  revocationReason: z.string().nullable().optional(),
});
export type ResultView = z.infer<typeof ResultView>;

/** Declaration as returned to its owner or an officer. Timestamps are ISO 8601 in UTC. */
export const DeclarationView = z.object({
  id: z.string(),
  status: DeclarationStatus,
  version: z.number().int(),
  data: CrossingDeclarationDraft,
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  result: ResultView.nullable(),
});
export type DeclarationView = z.infer<typeof DeclarationView>;

/** One row of a declaration list. */
export const DeclarationSummary = z.object({
  id: z.string(),
  status: DeclarationStatus,
  version: z.number().int(),
  gateCode: z.string().nullable(),
  direction: z.string().nullable(),
  plannedCrossingDate: z.string().nullable(),
  leadTravellerName: z.string().nullable(),
  travellerCount: z.number().int(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  resultNumber: z.string().nullable(),
});
export type DeclarationSummary = z.infer<typeof DeclarationSummary>;

/** Paging parameters of list endpoints: `page` starts at 1. */
export const PageQuery = z.object({
  page: z.coerce
    .number({ error: 'invalidNumber' })
    .int({ error: 'invalidNumber' })
    .min(1, { error: 'invalidNumber' })
    .default(1),
  pageSize: z.coerce
    .number({ error: 'invalidNumber' })
    .int({ error: 'invalidNumber' })
    .min(1, { error: 'invalidNumber' })
    .max(100, { error: 'tooBig' })
    .default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** A page of a list, with the total count across all pages. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
