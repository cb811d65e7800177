import { ApplicantLogin, ApplicantRegistration } from '@smartgate/shared-models';
import { Router } from 'express';

import { currentApplicant, type ApplicantPrincipal } from '../../lib/principal';
import { APPLICANT_SESSION } from '../../lib/sessions';
import { parseRequest } from '../../lib/validation';
import { registerApplicant } from './accounts.service';
import { loginRateLimit } from './login-rate-limit';
import { APPLICANT_STRATEGY, type PassportInstance } from './passports';
import { toApplicantProfile } from './principals';
import { endSession, logIn, logInWithStrategy } from './session-login';

/** Applicant account routes under `/api/applicant`: register, login, logout, me. */
export function createApplicantAuthRouter(passport: PassportInstance): Router {
  const router = Router();

  router.post('/register', async (request, response) => {
    const registration = parseRequest(ApplicantRegistration, request.body);

    const applicant = await registerApplicant(registration);
    await logIn(request, applicant);

    response.status(201).json(toApplicantProfile(applicant));
  });

  router.post('/login', loginRateLimit('email'), async (request, response) => {
    request.body = parseRequest(ApplicantLogin, request.body);

    const applicant = await logInWithStrategy(passport, APPLICANT_STRATEGY, request, response);

    response.json(toApplicantProfile(applicant as ApplicantPrincipal));
  });

  router.post('/logout', async (request, response) => {
    await endSession(request, response, APPLICANT_SESSION);
    response.status(204).end();
  });

  router.get('/me', (request, response) => {
    response.json(toApplicantProfile(currentApplicant(request)));
  });

  return router;
}
