import { z } from 'zod';

import { OfficerRole } from './officer-account';
import { GateCodeList } from './officer-gates';
import { requiredText } from './text';

/** A username: 3 to 64 lower-case Latin letters, digits, dots, hyphens or underscores, starting with a letter or digit. */
export const OfficerUsername = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .max(64, { error: 'tooLong' })
      .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, { error: 'invalidUsername' }),
  );

/** An administrator's new officer. The API chooses the initial password and returns it once. */
export const OfficerCreation = z.strictObject({
  username: OfficerUsername,
  fullName: requiredText(100),
  role: OfficerRole,
  gateCodes: GateCodeList,
});
export type OfficerCreation = z.infer<typeof OfficerCreation>;

/** An administrator's change of an officer's name, role or gates. Fields left out stay as they are. */
export const OfficerUpdate = z.strictObject({
  fullName: requiredText(100).optional(),
  role: OfficerRole.optional(),
  gateCodes: GateCodeList.optional(),
});
export type OfficerUpdate = z.infer<typeof OfficerUpdate>;

/** An officer as administrators see it, with the state of their account. */
export const OfficerAccount = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: OfficerRole,
  gateCodes: z.array(z.string()),
  active: z.boolean(),
  totpEnrolled: z.boolean(),
  passwordChangeRequired: z.boolean(),
  /** ISO 8601 instant until which sign-in is refused after failed attempts, or null. */
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OfficerAccount = z.infer<typeof OfficerAccount>;

/** An account with the password that the API just chose for it. It is shown once and stored only hashed. */
export const OfficerWithInitialPassword = z.object({
  officer: OfficerAccount,
  initialPassword: z.string(),
});
export type OfficerWithInitialPassword = z.infer<typeof OfficerWithInitialPassword>;

/** One signed-in officer session, as administrators see it. */
export const OfficerSession = z.object({
  /** A stable handle of the session, derived from its id by a one-way hash so that it cannot be used as a cookie. */
  id: z.string(),
  officerId: z.string(),
  username: z.string(),
  fullName: z.string(),
  signedInAt: z.string(),
  lastActiveAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type OfficerSession = z.infer<typeof OfficerSession>;
