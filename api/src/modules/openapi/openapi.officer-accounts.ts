import {
  OfficerAccount,
  OfficerCreation,
  OfficerPasswordChange,
  OfficerSession,
  OfficerSignInResult,
  OfficerTotpChange,
  OfficerUpdate,
  OfficerWithInitialPassword,
  TotpConfirmation,
  TotpSetup,
} from '@smartgate/shared-models';
import { z } from 'zod';

import type { OperationSpec } from './openapi.operations';

/** Request bodies of officer sign-in, own credentials and administration. */
export const OFFICER_ACCOUNT_REQUEST_SCHEMAS = {
  TotpConfirmation,
  OfficerPasswordChange,
  OfficerTotpChange,
  OfficerCreation,
  OfficerUpdate,
} satisfies Record<string, z.ZodType>;

/** Response bodies of officer sign-in, own credentials and administration. */
export const OFFICER_ACCOUNT_RESPONSE_SCHEMAS = {
  OfficerSignInResult,
  TotpSetup,
  OfficerAccount,
  OfficerAccountList: z.array(OfficerAccount),
  OfficerWithInitialPassword,
  OfficerSessionList: z.array(OfficerSession),
} satisfies Record<string, z.ZodType>;

const ADMIN = '/api/officer/admin';

function adminOfficerAction(action: string, summary: string): OperationSpec {
  return {
    method: 'post',
    path: `${ADMIN}/officers/{id}/${action}`,
    tag: 'officer',
    summary,
    session: 'officer',
    pathId: true,
    success: { status: 200, schema: 'OfficerAccount', description: 'The officer after the change' },
    errors: [401, 403, 404],
  };
}

/** Sign-in, own credentials and administration of officers, in the order the documentation lists them. */
export const OFFICER_ACCOUNT_OPERATIONS: OperationSpec[] = [
  {
    method: 'post',
    path: '/api/officer/login',
    tag: 'officer',
    summary:
      'Sign in with password and TOTP code; without a code, or on the first sign-in, a second step follows',
    body: 'OfficerLogin',
    success: {
      status: 200,
      schema: 'OfficerSignInResult',
      description: 'Signed in (the session cookie is set), or the TOTP step that must follow',
    },
    errors: [400, 401, 423, 429],
  },
  {
    method: 'post',
    path: '/api/officer/login/totp',
    tag: 'officer',
    summary: 'Finish a sign-in with the current TOTP code, or with the first code of a new authenticator',
    body: 'TotpConfirmation',
    success: {
      status: 200,
      schema: 'OfficerSignInResult',
      description: 'Signed in; the session cookie is set',
    },
    errors: [400, 401, 423],
  },
  {
    method: 'post',
    path: '/api/officer/logout',
    tag: 'officer',
    summary: 'Sign out',
    success: { status: 204, description: 'Signed out' },
    errors: [403],
  },
  {
    method: 'get',
    path: '/api/officer/me',
    tag: 'officer',
    summary: 'Current officer',
    session: 'officer',
    success: { status: 200, schema: 'OfficerProfile', description: 'The signed-in officer' },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/officer/me/password',
    tag: 'officer',
    summary: 'Change the own password; the current one is asked again and other sessions end',
    session: 'officer',
    body: 'OfficerPasswordChange',
    success: { status: 200, schema: 'OfficerProfile', description: 'The password was changed' },
    errors: [400, 401, 403, 423],
  },
  {
    method: 'post',
    path: '/api/officer/me/totp/setup',
    tag: 'officer',
    summary: 'Start replacing the own authenticator; the current password is asked again',
    session: 'officer',
    body: 'OfficerTotpChange',
    success: { status: 200, schema: 'TotpSetup', description: 'The new secret, waiting for a code' },
    errors: [400, 401, 403, 423],
  },
  {
    method: 'post',
    path: '/api/officer/me/totp',
    tag: 'officer',
    summary: 'Confirm the new authenticator with a code; other sessions end',
    session: 'officer',
    body: 'TotpConfirmation',
    success: { status: 200, schema: 'OfficerProfile', description: 'The authenticator was replaced' },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'get',
    path: `${ADMIN}/officers`,
    tag: 'officer',
    summary: 'List officers (administrators)',
    session: 'officer',
    success: { status: 200, schema: 'OfficerAccountList', description: 'Every officer, by username' },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: `${ADMIN}/officers`,
    tag: 'officer',
    summary: 'Create an officer with a one-time password (administrators)',
    session: 'officer',
    body: 'OfficerCreation',
    success: {
      status: 201,
      schema: 'OfficerWithInitialPassword',
      description: 'The officer and the initial password, shown only in this response',
    },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'patch',
    path: `${ADMIN}/officers/{id}`,
    tag: 'officer',
    summary: "Change an officer's name, role or gates (administrators)",
    session: 'officer',
    pathId: true,
    body: 'OfficerUpdate',
    success: { status: 200, schema: 'OfficerAccount', description: 'The officer after the change' },
    errors: [400, 401, 403, 404],
  },
  adminOfficerAction('disable', 'Disable an officer and end their sessions at once (administrators)'),
  adminOfficerAction('enable', 'Enable a disabled officer again (administrators)'),
  {
    ...adminOfficerAction('password-reset', 'Reset a password to a new one-time password (administrators)'),
    success: {
      status: 200,
      schema: 'OfficerWithInitialPassword',
      description: 'The officer and the new password, shown only in this response',
    },
  },
  adminOfficerAction(
    'totp-reset',
    'Remove the authenticator, so the next sign-in sets one up (administrators)',
  ),
  adminOfficerAction('unlock', 'Lift a lock after failed sign-ins (administrators)'),
  {
    method: 'get',
    path: `${ADMIN}/sessions`,
    tag: 'officer',
    summary: 'List active officer sessions (administrators)',
    session: 'officer',
    success: {
      status: 200,
      schema: 'OfficerSessionList',
      description: 'Sessions, most recently active first',
    },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: `${ADMIN}/sessions/{handle}/end`,
    tag: 'officer',
    summary: 'End one officer session, named by the handle the session list shows (administrators)',
    session: 'officer',
    success: { status: 204, description: 'The session ended' },
    errors: [401, 403, 404],
  },
];
