import { OfficerPasswordChange, OfficerTotpChange, TotpConfirmation } from '@smartgate/shared-models';
import { Router, type Request } from 'express';

import type { AppContext } from '../../lib/app-context';
import { AccountLockedError, InvalidStatusTransitionError, ValidationError } from '../../lib/errors';
import { currentOfficer, type OfficerPrincipal } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { endOfficerSessions } from '../officers/officer-sessions.repository';
import { OfficerAccountService } from './officer-account.service';
import { OfficerSignInService } from './officer-sign-in.service';
import { createTotpSecret, describeTotpSetup } from './totp';
import { decryptTotpSecret, encryptTotpSecret } from './totp-secret-cipher';

/** Time allowed between asking for a new authenticator secret and confirming it. */
const PENDING_TOTP_CHANGE_MS = 10 * 60_000;

/**
 * Creates the routes of the signed-in officer's own credentials under `/api/officer/me`: a new
 * password, and a new authenticator app in two steps (`totp/setup` with the password, then `totp`
 * with a code). Both ask for the current password again. Five wrong ones lock the account and end
 * its sessions.
 */
export function createOfficerAccountRouter(context: AppContext): Router {
  const router = Router();
  const { sequelize } = context;
  const settings = context.config.officerSecurity;
  const signIn = new OfficerSignInService(sequelize, settings);
  const accounts = new OfficerAccountService(sequelize);

  /** Checks the current password, or throws a field error; a lock ends every session of the officer. */
  async function confirmPassword(
    request: Request,
    officer: OfficerPrincipal,
    password: string,
  ): Promise<void> {
    try {
      if (await signIn.confirmPassword(officer.id, password, request.ip)) {
        return;
      }
    } catch (error) {
      if (error instanceof AccountLockedError) {
        await endOfficerSessions(sequelize, officer.id);
      }
      throw error;
    }
    throw new ValidationError([{ path: ['currentPassword'], code: 'currentPasswordWrong' }]);
  }

  router.post('/me/password', async (request, response) => {
    const officer = currentOfficer(request);
    const change = parseRequest(OfficerPasswordChange, request.body);

    await confirmPassword(request, officer, change.currentPassword);
    const profile = await accounts.changePassword(officer, change.newPassword, {
      sessionId: request.sessionID,
      ip: request.ip,
    });
    response.json(profile);
  });

  router.post('/me/totp/setup', async (request, response) => {
    const officer = currentOfficer(request);
    const { currentPassword } = parseRequest(OfficerTotpChange, request.body);

    await confirmPassword(request, officer, currentPassword);
    const secret = createTotpSecret();
    request.session.pendingTotpChange = {
      encryptedSecret: encryptTotpSecret(secret, officer.id, settings.totpEncryptionKey),
      createdAt: Date.now(),
    };
    response.set('Cache-Control', 'no-store').json(await describeTotpSetup(secret, officer.username));
  });

  router.post('/me/totp', async (request, response) => {
    const officer = currentOfficer(request);
    const { code } = parseRequest(TotpConfirmation, request.body);

    const pending = request.session.pendingTotpChange;
    if (!pending || Date.now() - pending.createdAt > PENDING_TOTP_CHANGE_MS) {
      delete request.session.pendingTotpChange;
      throw new InvalidStatusTransitionError('totpSetupNotStarted');
    }
    const secret = decryptTotpSecret(pending.encryptedSecret, officer.id, settings.totpEncryptionKey);
    const profile = await accounts.replaceTotp(
      officer,
      { secret, encryptedSecret: pending.encryptedSecret, code },
      {
        sessionId: request.sessionID,
        ip: request.ip,
      },
    );
    delete request.session.pendingTotpChange;
    response.json(profile);
  });

  return router;
}
