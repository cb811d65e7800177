import { z } from 'zod';

/** One invalid field: its path such as `travellers.1.fullName`, the message key and the localized message. */
export const FieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  /** Values of the message's placeholders other than the field, so a client can render it in another language. */
  params: z.record(z.string(), z.string()).optional(),
});
export type FieldError = z.infer<typeof FieldError>;

/** An RFC 9457 problem details body, as every API error returns it. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(FieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Stable problem types; the API serves them as `/api/problems/<type>`. */
export const ProblemType = {
  validation: 'validation-failed',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  csrf: 'csrf-token-invalid',
  notFound: 'not-found',
  conflict: 'version-conflict',
  /** The declaration is held by another officer; the body names them in `holder`. */
  held: 'declaration-held',
  /** A decision on a declaration that nobody holds: the officer assigns it to themselves first. */
  notAssigned: 'declaration-not-assigned',
  invalidTransition: 'invalid-status-transition',
  emailTaken: 'email-already-registered',
  invalidCredentials: 'invalid-credentials',
  /** An officer account locked after too many failed sign-ins. */
  accountLocked: 'account-locked',
  usernameTaken: 'username-taken',
  tooManyRequests: 'too-many-requests',
  payloadTooLarge: 'payload-too-large',
  limitReached: 'limit-reached',
  /** A business with this tax code is already registered: its administrator invites further staff. */
  taxCodeRegistered: 'tax-code-registered',
  /** A change of a business's members that its current members do not allow, such as removing the last administrator. */
  membershipConflict: 'business-membership-conflict',
  internal: 'internal-error',
} as const;
export type ProblemType = (typeof ProblemType)[keyof typeof ProblemType];
