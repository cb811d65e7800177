import { OfficerLogin, TotpConfirmation, type OfficerSignInResult } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { AccountLockedError, InvalidCredentialsError } from '../../lib/errors';
import { currentOfficer } from '../../lib/principal';
import { OFFICER_SESSION } from '../../lib/sessions';
import { parseRequest } from '../../lib/validation';
import { recordSecurityAudit } from '../audit/security-audit';
import type { OfficerModel } from './accounts.models';
import { loginRateLimit } from './login-rate-limit';
import { OfficerSignInService } from './officer-sign-in.service';
import {
  beginPendingSignIn,
  clearPendingSignIn,
  pendingSignInOf,
  startOfficerSession,
} from './officer-session';
import { loadOfficerPrincipal, toOfficerProfile } from './principals';
import { endSession } from './session-login';
import { createTotpSecret, describeTotpSetup } from './totp';
import { encryptTotpSecret } from './totp-secret-cipher';

/**
 * Officer sign-in routes under `/api/officer`: `login` (password, and the TOTP code when the
 * client has it), `login/totp` (the code as a second step, or the first code of a new
 * authenticator app), `logout` and `me`. Officers are created by administrators.
 */
export function createOfficerAuthRouter(context: AppContext): Router {
  const router = Router();
  const signIn = new OfficerSignInService(context.sequelize, context.config.officerSecurity);
  const encryptionKey = context.config.officerSecurity.totpEncryptionKey;

  async function signedIn(request: Request, officer: OfficerModel): Promise<OfficerSignInResult> {
    await signIn.recordSuccess(officer.id, request.ip);
    await officer.reload();
    const principal = await loadOfficerPrincipal(officer);
    await startOfficerSession(request, principal);
    return { status: 'signed-in', officer: toOfficerProfile(principal) };
  }

  router.post('/login', loginRateLimit('username'), async (request, response) => {
    const login = parseRequest(OfficerLogin, request.body);

    const officer = await signIn.checkPassword(login.username, login.password, request.ip);

    if (!officer.totpSecretEncrypted) {
      const secret = createTotpSecret();
      await beginPendingSignIn(request, {
        officerId: officer.id,
        stage: 'totp-setup',
        encryptedSecret: encryptTotpSecret(secret, officer.id, encryptionKey),
      });
      const setup = await describeTotpSetup(secret, officer.username);
      response.set('Cache-Control', 'no-store').json({ status: 'totp-setup-required', setup });
      return;
    }

    await beginPendingSignIn(request, { officerId: officer.id, stage: 'totp' });
    if (!login.code) {
      response.json({ status: 'totp-required' } satisfies OfficerSignInResult);
      return;
    }
    response.json(await completeWithCode(request, login.code));
  });

  router.post('/login/totp', async (request, response) => {
    const { code } = parseRequest(TotpConfirmation, request.body);

    response.json(await completeWithCode(request, code));
  });

  /** Checks the code of the pending sign-in; a lock or a stale sign-in ends the pending state. */
  async function completeWithCode(request: Request, code: string): Promise<OfficerSignInResult> {
    const pending = pendingSignInOf(request);
    try {
      const officer = await signIn.checkCode(pending, code, request.ip);
      return await signedIn(request, officer);
    } catch (error) {
      const restart = error instanceof InvalidCredentialsError && error.detailKey === 'signInRestart';
      if (error instanceof AccountLockedError || restart) {
        clearPendingSignIn(request);
      }
      throw error;
    }
  }

  router.post('/logout', async (request, response) => {
    const officerId = request.user?.kind === 'officer' ? request.user.id : null;

    await endSession(request, response, OFFICER_SESSION);
    if (officerId) {
      await recordSecurityAudit({ action: 'officer.signed-out', actorId: officerId, ip: request.ip });
    }
    response.status(204).end();
  });

  router.get('/me', (request, response) => {
    response.json(toOfficerProfile(currentOfficer(request)));
  });

  return router;
}
