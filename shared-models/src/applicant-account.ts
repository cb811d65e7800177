import { z } from 'zod';

import { Language } from './language';
import { requiredText } from './text';

/**
 * An e-mail address, lower-cased so that one mailbox maps to one account. A blank one is
 * missing (`required`), not malformed.
 */
export const EmailAddress = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .pipe(z.string().min(1, { error: 'required' }))
  .pipe(z.email({ error: 'invalidEmail' }).max(254, { error: 'tooLong' }));

/** A new password: 10 to 128 characters, checked before hashing with argon2id. */
export const NewPassword = z
  .string({ error: 'required' })
  .min(10, { error: 'passwordTooShort' })
  .max(128, { error: 'tooLong' });

/** An applicant's sign-up form for the public portal. */
export const ApplicantRegistration = z.object({
  email: EmailAddress,
  password: NewPassword,
  fullName: requiredText(100),
  preferredLanguage: Language.default('vi'),
});
export type ApplicantRegistration = z.infer<typeof ApplicantRegistration>;

/** An applicant's sign-in form. */
export const ApplicantLogin = z.object({
  email: EmailAddress,
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(128, { error: 'tooLong' }),
});
export type ApplicantLogin = z.infer<typeof ApplicantLogin>;

/** The signed-in applicant as the API returns it. */
export const ApplicantProfile = z.object({
  id: z.string(),
  email: z.string(),
  fullName: z.string(),
  preferredLanguage: Language,
});
export type ApplicantProfile = z.infer<typeof ApplicantProfile>;
