import { z } from 'zod';

import { NewPassword } from './applicant-account';
import { OfficerProfile, TotpCode } from './officer-account';

/**
 * A new authenticator app entry: the secret in Base32 for typing in, the `otpauth://` URI, and
 * that URI as a QR code image (an SVG `data:` URL) for scanning.
 */
export const TotpSetup = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrCodeDataUrl: z.string(),
});
export type TotpSetup = z.infer<typeof TotpSetup>;

/**
 * The outcome of a sign-in step. `signed-in` ends the sign-in. `totp-required` means the password
 * was right and the current TOTP code must follow. `totp-setup-required` means the officer has no
 * authenticator app yet, so they add `setup` to one and confirm it with a code.
 */
export const OfficerSignInResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed-in'), officer: OfficerProfile }),
  z.object({ status: z.literal('totp-required') }),
  z.object({ status: z.literal('totp-setup-required'), setup: TotpSetup }),
]);
export type OfficerSignInResult = z.infer<typeof OfficerSignInResult>;

/** The second sign-in step, or the confirmation of a new authenticator app: the current code. */
export const TotpConfirmation = z.object({ code: TotpCode });
export type TotpConfirmation = z.infer<typeof TotpConfirmation>;

/** The current password, which the API requests again before a change of password or TOTP. */
export const CurrentPassword = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(128, { error: 'tooLong' });

/** An officer's change of their own password. The new one must differ from the current one. */
export const OfficerPasswordChange = z
  .object({ currentPassword: CurrentPassword, newPassword: NewPassword })
  .refine((change) => change.newPassword !== change.currentPassword, {
    error: 'passwordReused',
    path: ['newPassword'],
  });
export type OfficerPasswordChange = z.infer<typeof OfficerPasswordChange>;

/** The request for a new authenticator app secret, confirmed by the current password. */
export const OfficerTotpChange = z.object({ currentPassword: CurrentPassword });
export type OfficerTotpChange = z.infer<typeof OfficerTotpChange>;
