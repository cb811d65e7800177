import path from 'node:path';

import { ConfigError, loadConfig, loadDatabaseUrl, REPO_ROOT } from './config';

const VALID = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/smartgate',
  SESSION_SECRET: 'a'.repeat(32),
  TOTP_ENCRYPTION_KEY: 'b'.repeat(64),
};

describe('loadConfig', () => {
  it('applies defaults for optional variables', () => {
    const sut = loadConfig(VALID);

    expect(sut.port).toBe(3000);
    expect(sut.host).toBe('127.0.0.1');
    expect(sut.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(sut.publicBaseUrl).toBe('http://localhost:3000');
    expect(sut.dataDir).toBe(path.join(REPO_ROOT, 'var/data'));
    expect(sut.webDistDir).toBe(path.join(REPO_ROOT, 'dist'));
    expect(sut.trustProxy).toBe(false);
    expect(sut.demoMode).toBe(false);
  });

  it('derives the queue prefix from the database name', () => {
    expect(loadConfig(VALID).queuePrefix).toBe('smartgate-smartgate');
    expect(loadConfig({ ...VALID, DATABASE_URL: 'postgres://db.local/gate.b' }).queuePrefix).toBe(
      'smartgate-gate_b',
    );
    expect(loadConfig({ ...VALID, QUEUE_PREFIX: 'lt-prod' }).queuePrefix).toBe('lt-prod');
  });

  it('derives the public base URL from PORT', () => {
    expect(loadConfig({ ...VALID, PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
  });

  it('names a missing DATABASE_URL', () => {
    expect(() => loadConfig({ SESSION_SECRET: VALID.SESSION_SECRET })).toThrowMatching(
      (error) => error instanceof ConfigError && /DATABASE_URL is required/.test(error.message),
    );
  });

  it('names a short SESSION_SECRET', () => {
    expect(() => loadConfig({ ...VALID, SESSION_SECRET: 'short' })).toThrowError(
      ConfigError,
      /SESSION_SECRET must have at least 32 characters/,
    );
  });

  it('names a missing or malformed TOTP_ENCRYPTION_KEY', () => {
    const { TOTP_ENCRYPTION_KEY: _omitted, ...withoutKey } = VALID;

    expect(() => loadConfig(withoutKey)).toThrowError(ConfigError, /TOTP_ENCRYPTION_KEY is required/);
    expect(() => loadConfig({ ...VALID, TOTP_ENCRYPTION_KEY: 'z'.repeat(64) })).toThrowError(
      ConfigError,
      /TOTP_ENCRYPTION_KEY must be 64 hexadecimal digits \(32 bytes\)/,
    );
  });

  it('reads the officer security settings', () => {
    const defaults = loadConfig(VALID).officerSecurity;
    const changed = loadConfig({
      ...VALID,
      OFFICER_IDLE_TIMEOUT_MINUTES: '10',
      OFFICER_SESSION_MAX_HOURS: '8',
      OFFICER_LOCKOUT_MINUTES: '60',
    }).officerSecurity;

    expect(defaults.totpEncryptionKey).toEqual(Buffer.from('b'.repeat(64), 'hex'));
    expect([defaults.idleTimeoutMs, defaults.sessionLifetimeMs, defaults.lockoutDurationMs]).toEqual([
      1_800_000, 43_200_000, 900_000,
    ]);
    expect([changed.idleTimeoutMs, changed.sessionLifetimeMs, changed.lockoutDurationMs]).toEqual([
      600_000, 28_800_000, 3_600_000,
    ]);
    expect(() => loadConfig({ ...VALID, OFFICER_SESSION_MAX_HOURS: '48' })).toThrowError(
      ConfigError,
      /OFFICER_SESSION_MAX_HOURS must be at most 24 hours/,
    );
  });

  it('reads DATABASE_URL alone for commands', () => {
    expect(loadDatabaseUrl({ DATABASE_URL: VALID.DATABASE_URL })).toBe(VALID.DATABASE_URL);
    expect(() => loadDatabaseUrl({})).toThrowError(ConfigError, /DATABASE_URL is required/);
  });

  it('names every invalid variable at once', () => {
    expect(() =>
      loadConfig({ ...VALID, PORT: 'abc', REDIS_URL: 'http://x', LOG_LEVEL: 'loud' }),
    ).toThrowMatching((error) =>
      ['PORT', 'REDIS_URL', 'LOG_LEVEL'].every((name) => String(error.message).includes(name)),
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ...VALID, PORT: '', ADMIN_PASSWORD: '' }).port).toBe(3000);
  });

  it('parses TRUST_PROXY as boolean, hop count or list', () => {
    expect(loadConfig({ ...VALID, TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ ...VALID, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ ...VALID, TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });

  it('strips a trailing slash from PUBLIC_BASE_URL', () => {
    expect(loadConfig({ ...VALID, PUBLIC_BASE_URL: 'https://gate.example.vn/' }).publicBaseUrl).toBe(
      'https://gate.example.vn',
    );
  });
});
