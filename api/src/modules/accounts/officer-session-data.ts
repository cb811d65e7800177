import 'express-session';

/** The officer whose password was right, between the password step and the TOTP step of a sign-in. */
export interface PendingSignIn {
  officerId: string;
  /** `totp`: the officer has an authenticator app; `totp-setup`: they are setting one up with `encryptedSecret`. */
  stage: 'totp' | 'totp-setup';
  encryptedSecret?: string;
  /** Epoch milliseconds of the password step. */
  createdAt: number;
}

/**
 * When and from where a signed-in officer's session began, for the absolute limit and the
 * session list. The last activity is the store's `expire` column minus the idle timeout, because
 * rewriting the session on every request could bring back a session that an administrator ended.
 */
export interface OfficerSignIn {
  /** Epoch milliseconds. */
  signedInAt: number;
  ip: string | null;
  userAgent: string | null;
}

/** A new authenticator secret that a signed-in officer has yet to confirm with a code. */
export interface PendingTotpChange {
  encryptedSecret: string;
  createdAt: number;
}

declare module 'express-session' {
  interface SessionData {
    pendingSignIn?: PendingSignIn;
    officerSignIn?: OfficerSignIn;
    pendingTotpChange?: PendingTotpChange;
    /** Written by passport: the principal's kind and id. */
    passport?: { user?: { kind: string; id: string } };
  }
}
