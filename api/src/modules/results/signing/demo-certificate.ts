import { X509Certificate, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import forge from 'node-forge';

// This module must not use import.meta: the e2e stack loads it through Playwright's CommonJS transform.

/** Common name of the demo certificate, stating plainly that it proves nothing. */
export const DEMO_SIGNER_NAME = 'SmartGate demo result signing (not for real use)';

/** Folder of the demo certificate that API specs and e2e runs share, so only the first run generates it. */
export const TEST_DEMO_CERTIFICATE_DIRECTORY = path.join(tmpdir(), 'smartgate-demo-signing');

const VALIDITY_YEARS = 10;
/** A cached certificate this close to its end is replaced, in milliseconds (30 days). */
const RENEWAL_MARGIN_MS = 30 * 24 * 3600 * 1000;

/** A PKCS#12 file and its password, as the signing settings expect them. */
export interface DemoCertificate {
  p12Path: string;
  password: string;
  /** True when this call generated the certificate rather than reusing a cached one. */
  created: boolean;
}

function demoCertificate(publicKeyPem: string, privateKey: forge.pki.rsa.PrivateKey, now: Date) {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  // A leading 01 byte keeps the serial number positive and 16 bytes long.
  certificate.serialNumber = `01${randomBytes(15).toString('hex')}`;
  // Starts a day early so a clock that runs slightly behind still accepts it.
  certificate.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  certificate.validity.notAfter = new Date(now);
  certificate.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALIDITY_YEARS);

  const name = [
    { shortName: 'C', value: 'VN' },
    { shortName: 'O', value: 'SmartGate demo' },
    { shortName: 'CN', value: DEMO_SIGNER_NAME },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());
  return certificate;
}

/**
 * Creates a self-signed RSA-2048 certificate and returns it as a PKCS#12 file protected by
 * `password`, with the certificate also in PEM. Node generates the key, because forge's
 * pure JavaScript key generation takes seconds.
 */
export function createDemoPkcs12(
  password: string,
  now = new Date(),
): { p12: Buffer; certificatePem: string } {
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(keys.privateKey);
  const certificate = demoCertificate(keys.publicKey, privateKey, now);

  const p12 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], password, {
    algorithm: 'aes256',
    friendlyName: DEMO_SIGNER_NAME,
  });
  return {
    p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'),
    certificatePem: forge.pki.certificateToPem(certificate),
  };
}

function isCurrent(folder: string, now: Date): boolean {
  try {
    const certificate = new X509Certificate(readFileSync(path.join(folder, 'certificate.pem')));
    const usable = new Date(certificate.validTo).getTime() - RENEWAL_MARGIN_MS > now.getTime();
    return usable && existsSync(path.join(folder, 'certificate.p12'));
  } catch {
    return false;
  }
}

function writeCandidate(directory: string, now: Date): string {
  const candidate = path.join(directory, `.new-${process.pid}-${randomBytes(4).toString('hex')}`);
  const password = randomBytes(18).toString('base64url');
  const { p12, certificatePem } = createDemoPkcs12(password, now);

  mkdirSync(candidate, { recursive: true, mode: 0o700 });
  writeFileSync(path.join(candidate, 'certificate.p12'), p12, { mode: 0o600 });
  writeFileSync(path.join(candidate, 'certificate.pem'), certificatePem);
  writeFileSync(path.join(candidate, 'password'), `${password}\n`, { mode: 0o600 });
  return candidate;
}

/**
 * Returns the demo certificate kept in `directory/current`, creating it when it is missing or
 * near its end. The files are written to a fresh folder that is then renamed into place, so
 * processes that start together never read half a certificate: the first rename wins and the
 * others use its result.
 */
export function ensureDemoCertificate(directory: string, now = new Date()): DemoCertificate {
  const current = path.join(directory, 'current');
  let created = false;

  if (!isCurrent(current, now)) {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    if (existsSync(current)) {
      rmSync(current, { recursive: true, force: true });
    }

    const candidate = writeCandidate(directory, now);
    try {
      renameSync(candidate, current);
      created = true;
    } catch {
      // Another process renamed its certificate into place first.
      rmSync(candidate, { recursive: true, force: true });
    }
  }

  return {
    p12Path: path.join(current, 'certificate.p12'),
    password: readFileSync(path.join(current, 'password'), 'utf8').trim(),
    created,
  };
}

/** Ensures the cached demo certificate exists and returns its signing variables, for test and e2e processes. */
export function demoSigningEnvironment(directory = TEST_DEMO_CERTIFICATE_DIRECTORY): {
  RESULT_SIGNING_P12_PATH: string;
  RESULT_SIGNING_P12_PASSWORD: string;
} {
  const certificate = ensureDemoCertificate(directory);
  return {
    RESULT_SIGNING_P12_PATH: certificate.p12Path,
    RESULT_SIGNING_P12_PASSWORD: certificate.password,
  };
}
