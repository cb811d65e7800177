import { readFileSync } from 'node:fs';

import { ConfigError, type ResultSigningConfig } from '../../../lib/config';
import { ResultSigner } from './result-signer';
import { CredentialsError, readSigningCredentials } from './signing-credentials';

const PATH_VARIABLE = 'RESULT_SIGNING_P12_PATH';
const PASSWORD_VARIABLE = 'RESULT_SIGNING_P12_PASSWORD';

/** Signers by file and password: decrypting a PKCS#12 file takes tens of milliseconds, so each is read once. */
const signers = new Map<string, ResultSigner>();

function readP12(p12Path: string): Buffer {
  try {
    return readFileSync(p12Path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(
      `${PATH_VARIABLE} cannot be read (${code}): ${p12Path}. Set it to the issuing unit's PKCS#12 (.p12) file.`,
    );
  }
}

function credentialsMessage(error: CredentialsError, p12Path: string): string {
  if (error.problem === 'wrongPassword') {
    return `${PASSWORD_VARIABLE} is wrong: it does not open ${p12Path} (the file named by ${PATH_VARIABLE}).`;
  }
  return `${PATH_VARIABLE} does not name a usable PKCS#12 file with a private key and its certificate: ${p12Path} (${error.message}).`;
}

function checkValidity(signer: ResultSigner, p12Path: string, now: Date): void {
  if (signer.validUntil.getTime() < now.getTime()) {
    throw new ConfigError(
      `${PATH_VARIABLE}: the certificate in ${p12Path} expired on ${signer.validUntil.toISOString()}. Install a current one.`,
    );
  }
}

/**
 * Returns the signer for the configured PKCS#12 file. It throws a ConfigError naming the
 * variable to fix when none is configured, the file cannot be read, the password is wrong,
 * or the certificate has expired, so the worker can stop with that message at start.
 */
export function loadResultSigner(settings: ResultSigningConfig | undefined, now = new Date()): ResultSigner {
  if (!settings) {
    throw new ConfigError(
      `${PATH_VARIABLE} is required: result PDFs are signed with the issuing unit's certificate, ` +
        `a PKCS#12 file whose password is in ${PASSWORD_VARIABLE}. npm start creates a demo certificate when it is unset.`,
    );
  }

  const key = `${settings.p12Path}\u0000${settings.password}`;
  const cached = signers.get(key);
  if (cached) {
    checkValidity(cached, settings.p12Path, now);
    return cached;
  }

  let signer: ResultSigner;
  try {
    signer = new ResultSigner(readSigningCredentials(readP12(settings.p12Path), settings.password));
  } catch (error) {
    if (error instanceof CredentialsError) {
      throw new ConfigError(credentialsMessage(error, settings.p12Path));
    }
    throw error;
  }

  checkValidity(signer, settings.p12Path, now);
  signers.set(key, signer);
  return signer;
}

/** Loads the signer when a process starts, or prints what is wrong and stops the process. */
export function loadResultSignerOrExit(settings: ResultSigningConfig | undefined): ResultSigner {
  try {
    return loadResultSigner(settings);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
