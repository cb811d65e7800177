import { z } from 'zod';

import { choiceError } from './choice-error';
import { OFFICER_ROLES } from './officer-roles';

/** An officer's role, which decides the actions allowed. */
export const OfficerRole = z.enum(OFFICER_ROLES, { error: choiceError });
export type OfficerRole = z.infer<typeof OfficerRole>;

/** A current TOTP code: 6 digits, where spaces typed between the digits are ignored. */
export const TotpCode = z
  .string({ error: 'required' })
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .regex(/^\d{6}$/, { error: 'invalidTotpCode' }),
  );

/**
 * An officer's sign-in form for the back office. `code` is the current TOTP code. Without it, the
 * API requests the code in a second step once the password is right.
 */
export const OfficerLogin = z.object({
  username: z
    .string({ error: 'required' })
    .trim()
    .toLowerCase()
    .pipe(z.string().min(1, { error: 'required' }).max(64, { error: 'tooLong' })),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(128, { error: 'tooLong' }),
  code: TotpCode.optional(),
});
export type OfficerLogin = z.infer<typeof OfficerLogin>;

/** The signed-in officer as the API returns it. */
export const OfficerProfile = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: OfficerRole,
  /** Codes of the gates whose declarations the officer may see. */
  gateCodes: z.array(z.string()),
  /** True after an administrator set the password: every other action waits until the officer changes it. */
  passwordChangeRequired: z.boolean(),
});
export type OfficerProfile = z.infer<typeof OfficerProfile>;
