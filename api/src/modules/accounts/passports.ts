import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';

import { authenticateApplicant, findPrincipal, type SessionPrincipal } from './accounts.service';

export type PassportInstance = passport.PassportStatic;

export const APPLICANT_STRATEGY = 'applicant-local';

/** Stores only the kind and id in the session, and reloads the principal on every request. */
function configureSessions(instance: PassportInstance): void {
  instance.serializeUser<SessionPrincipal>((user, done) => done(null, { kind: user.kind, id: user.id }));
  instance.deserializeUser<SessionPrincipal>((stored, done) => {
    findPrincipal(stored).then((principal) => done(null, principal ?? false), done);
  });
}

/**
 * Creates the applicant's passport. Officers get a separate instance, so neither login route can
 * reach the other's strategy. The e-mail is already normalized by `ApplicantLogin`.
 */
export function createApplicantPassport(): PassportInstance {
  const instance = new passport.Passport() as PassportInstance;
  instance.use(
    APPLICANT_STRATEGY,
    new LocalStrategy(
      { usernameField: 'email', passwordField: 'password', session: true },
      (email, password, done) => {
        authenticateApplicant(email, password).then((principal) => done(null, principal ?? false), done);
      },
    ),
  );
  configureSessions(instance);
  return instance;
}

/**
 * Creates the officer's passport, separate from the applicant's. It only keeps the session:
 * officers sign in in steps (password, then TOTP), which `officer-auth.routes.ts` runs itself.
 */
export function createOfficerPassport(): PassportInstance {
  const instance = new passport.Passport() as PassportInstance;
  configureSessions(instance);
  return instance;
}
