import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Port of the server that the e2e run starts; away from the default 3000 so a running `npm start` does not clash. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 3900);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/**
 * Folder into which the e2e stack's worker writes its e-mail notices as .eml files, since the run
 * configures no SMTP server. It depends on the port only, so the tests find it; the stack empties
 * it at start.
 */
export const E2E_MAIL_DIR = join(tmpdir(), `smartgate-e2e-${E2E_PORT}`, 'mail');

/** The administrator officer that the e2e server creates at first start. */
export const E2E_ADMIN = { username: 'admin', password: 'e2e-admin-password-0001' } as const;
