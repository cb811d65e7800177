import { OfficerLogin } from '@smartgate/shared-models';
import { Router } from 'express';

import { currentOfficer, type OfficerPrincipal } from '../../lib/principal';
import { OFFICER_SESSION } from '../../lib/sessions';
import { parseRequest } from '../../lib/validation';
import { loginRateLimit } from './login-rate-limit';
import { OFFICER_STRATEGY, type PassportInstance } from './passports';
import { toOfficerProfile } from './principals';
import { endSession, logInWithStrategy } from './session-login';

/** Officer account routes under `/api/officer`: login, logout, me. Officers are created by administrators. */
export function createOfficerAuthRouter(passport: PassportInstance): Router {
  const router = Router();

  router.post('/login', loginRateLimit('username'), async (request, response) => {
    request.body = parseRequest(OfficerLogin, request.body);

    const officer = await logInWithStrategy(passport, OFFICER_STRATEGY, request, response);

    response.json(toOfficerProfile(officer as OfficerPrincipal));
  });

  router.post('/logout', async (request, response) => {
    await endSession(request, response, OFFICER_SESSION);
    response.status(204).end();
  });

  router.get('/me', (request, response) => {
    response.json(toOfficerProfile(currentOfficer(request)));
  });

  return router;
}
