import { z } from 'zod';

import { EmailAddress } from './applicant-account';
import { BusinessRole } from './business';
import { Language } from './language';

/** Days an invitation link stays usable after it is sent. */
export const BUSINESS_INVITATION_DAYS = 7;

/**
 * Body of `POST /api/applicant/businesses/:businessId/invitations`. The e-mail is written in
 * `language` unless the address already belongs to an account, whose own language wins.
 */
export const BusinessInvitationInput = z.object({
  email: EmailAddress,
  role: BusinessRole.default('staff'),
  language: Language.default('vi'),
});
export type BusinessInvitationInput = z.infer<typeof BusinessInvitationInput>;

/** A pending invitation as the company's administrators see it; the token is only in the e-mail. */
export const BusinessInvitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: BusinessRole,
  invitedByName: z.string(),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type BusinessInvitationView = z.infer<typeof BusinessInvitationView>;

/** Body of `POST /api/applicant/business-invitations/accept`: the token from the e-mail link. */
export const BusinessInvitationAcceptance = z.object({
  token: z
    .string({ error: 'required' })
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'invalid' }),
});
export type BusinessInvitationAcceptance = z.infer<typeof BusinessInvitationAcceptance>;
