/** Port of the server that the e2e run starts; away from the default 3000 so a running `npm start` does not clash. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 3900);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The administrator officer that the e2e server creates at first start. */
export const E2E_ADMIN = { username: 'admin', password: 'e2e-admin-password-0001' } as const;
