import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ConfigError } from '../../../lib/config';
import { createDemoPkcs12, ensureDemoCertificate } from './demo-certificate';
import { loadResultSigner } from './load-result-signer';

describe('loadResultSigner', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'result-signer-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  function expectConfigError(load: () => unknown, message: RegExp): void {
    expect(load).toThrowMatching((error) => error instanceof ConfigError && message.test(error.message));
  }

  it('loads a PKCS#12 file with its password', () => {
    const certificate = ensureDemoCertificate(path.join(folder, 'valid'));

    const sut = loadResultSigner({ p12Path: certificate.p12Path, password: certificate.password });

    expect(sut.signerName).toBe('SmartGate demo result signing (not for real use)');
    expect(sut.signatureLength).toBeGreaterThanOrEqual(2048);
  });

  it('requires RESULT_SIGNING_P12_PATH', () => {
    expectConfigError(() => loadResultSigner(undefined), /^RESULT_SIGNING_P12_PATH is required/);
  });

  it('names the path variable for a missing file', () => {
    const p12Path = path.join(folder, 'missing.p12');

    expectConfigError(
      () => loadResultSigner({ p12Path, password: 'x' }),
      /^RESULT_SIGNING_P12_PATH cannot be read \(ENOENT\): .*missing\.p12/,
    );
  });

  it('names the password variable for a wrong password', () => {
    const certificate = ensureDemoCertificate(path.join(folder, 'password'));

    expectConfigError(
      () => loadResultSigner({ p12Path: certificate.p12Path, password: `${certificate.password}x` }),
      /^RESULT_SIGNING_P12_PASSWORD is wrong/,
    );
  });

  it('names the path variable for a file that is not PKCS#12', async () => {
    const p12Path = path.join(folder, 'not-p12.p12');
    await writeFile(p12Path, '-----BEGIN CERTIFICATE-----\n');

    expectConfigError(
      () => loadResultSigner({ p12Path, password: '' }),
      /^RESULT_SIGNING_P12_PATH does not name a usable PKCS#12 file/,
    );
  });

  it('rejects an expired certificate', async () => {
    const p12Path = path.join(folder, 'expired.p12');
    await writeFile(p12Path, createDemoPkcs12('old password', new Date('2000-01-01T00:00:00Z')).p12);

    expectConfigError(
      () => loadResultSigner({ p12Path, password: 'old password' }),
      /^RESULT_SIGNING_P12_PATH: the certificate in .*expired\.p12 expired on 2010-01-01/,
    );
  });
});

describe('ensureDemoCertificate', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'demo-certificate-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('creates a certificate once and then reuses it', () => {
    const first = ensureDemoCertificate(folder);
    const second = ensureDemoCertificate(folder);

    expect(first.created).toBeTrue();
    expect(second.created).toBeFalse();
    expect(second).toEqual({ ...first, created: false });
  });

  it('replaces a certificate close to its end', () => {
    const first = ensureDemoCertificate(folder);
    const tenYearsOn = new Date();
    tenYearsOn.setUTCFullYear(tenYearsOn.getUTCFullYear() + 10);

    const renewed = ensureDemoCertificate(folder, tenYearsOn);

    expect(renewed.created).toBeTrue();
    expect(renewed.password).not.toBe(first.password);
  });
});
