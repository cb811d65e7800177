import { z } from 'zod';

import { CargoView, DeclarationRecordKind } from './cargo-view';
import { ChangeRequestView } from './change-request';
import { CrossingDeclarationDraft } from './crossing-declaration';
import { DeclarationStatus } from './declaration-status';
import { TravellerPhotoStatus } from './traveller-photo';
import { FieldWarning } from './field-warning';

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

/**
 * How a declaration was filed at the gate's counter: the officer who filed it for the
 * travellers, and the contact the traveller left for the notices, if any.
 */
export const CounterFiling = z.object({
  officerId: z.string(),
  officerName: z.string(),
  email: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  /** The declaring company typed at the counter for a truck of a company without an account; absent for travellers. */
  company: z.object({ taxCode: z.string(), name: z.string() }).nullable().optional(),
});
export type CounterFiling = z.infer<typeof CounterFiling>;

/** Declaration as returned to its owner or an officer. Timestamps are ISO 8601 in UTC. */
export const DeclarationView = z.object({
  id: z.string(),
  /** `cargo` for a consignment declaration (one truck crossing); absent means `travel`. */
  kind: DeclarationRecordKind.optional(),
  status: DeclarationStatus,
  version: z.number().int(),
  /** Short public code such as `LT-7K3Q-9C2M`, given at the first submission; null for a draft never submitted. */
  referenceCode: z.string().nullable().optional(),
  data: CrossingDeclarationDraft,
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  result: ResultView.nullable(),
  /** Whether each traveller has a portrait photo, in traveller order. The API always fills it. */
  travellerPhotos: z.array(TravellerPhotoStatus).optional(),
  /** Findings that do not block the submission, such as a passport expiring soon after the crossing; the API always sends the list. */
  warnings: z.array(FieldWarning).optional(),
  /** The open change request that the applicant has not yet resubmitted; null unless the status is changes_requested. */
  changeRequest: ChangeRequestView.nullable().optional(),
  /** Every round of changes requested so far, oldest first. */
  changeRequests: z.array(ChangeRequestView).optional(),
  /** Set in officers' views of a declaration filed at the counter; absent or null otherwise. */
  counterFiling: CounterFiling.nullable().optional(),
  /** The consignment of a cargo declaration; absent for travel declarations. `data.travellers[0]` is its driver. */
  cargo: CargoView.optional(),
});
export type DeclarationView = z.infer<typeof DeclarationView>;

/** One row of a declaration list. */
export const DeclarationSummary = z.object({
  id: z.string(),
  /** `cargo` for a consignment declaration; absent means `travel`. */
  kind: DeclarationRecordKind.optional(),
  /** The declaring company of a cargo declaration. */
  businessName: z.string().nullable().optional(),
  /** A short description of the goods of a cargo declaration, such as `28.4 t – Sắn lát khô`. */
  goodsSummary: z.string().nullable().optional(),
  /** The plate of a cargo declaration's vehicle as printed, such as `81C-123.45`. */
  vehiclePlate: z.string().nullable().optional(),
  status: DeclarationStatus,
  version: z.number().int(),
  /** Short public code such as `LT-7K3Q-9C2M`, given at the first submission; null for a draft never submitted. */
  referenceCode: z.string().nullable().optional(),
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
