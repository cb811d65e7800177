import { isReferenceCode, normalizeReferenceCode, parseMrz, type MrzData } from '@smartgate/shared-models';

/** Result QR tokens: 32 random bytes in base64url, exactly 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Result numbers such as `LT-2026-000123`: gate code, year and a 6-digit sequence. */
const RESULT_NUMBER_PATTERN = /^[A-Z0-9]{1,10}-\d{4}-\d{6}$/;

/** Path of the public verification page that result QR codes point to. */
const VERIFY_PATH = /^\/verify\/([^/]*)\/?$/;

/** What the lane screen's input turned out to be. */
export type ScanInput =
  | { kind: 'token'; token: string }
  | { kind: 'resultNumber'; number: string }
  | { kind: 'referenceCode'; code: string }
  | { kind: 'mrz'; data: MrzData | null; valid: boolean }
  | { kind: 'notOurs' }
  | { kind: 'tampered' }
  | { kind: 'unrecognized' };

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/**
 * Reads a verification URL. A URL of another origin or path is another system's code. A URL of
 * our verification page whose token is malformed has been altered, since every QR we print
 * carries a well-formed token.
 */
function readVerificationUrl(text: string, publicBaseUrl: string): ScanInput {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { kind: 'notOurs' };
  }

  const match = VERIFY_PATH.exec(url.pathname);
  if (url.origin !== new URL(publicBaseUrl).origin || !match) {
    return { kind: 'notOurs' };
  }

  const token = decodeURIComponentSafely(match[1]);
  return token !== null && TOKEN_PATTERN.test(token) && url.search === '' && url.hash === ''
    ? { kind: 'token', token }
    : { kind: 'tampered' };
}

function decodeURIComponentSafely(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Tells whether the text has the shape of a TD3 or TD1 machine-readable zone, before any check digit. */
function looksLikeMrz(lines: string[]): boolean {
  const joined = lines.join('');
  const shaped = /^[A-Z0-9<]+$/.test(joined);
  const td3 = (lines.length === 2 && lines.every((line) => line.length === 44)) || joined.length === 88;
  const td1 = (lines.length === 3 && lines.every((line) => line.length === 30)) || joined.length === 90;
  return shaped && (td3 || td1) && joined.includes('<');
}

/**
 * Classifies what a scanner, desk reader or officer typed into the scan field: a verification
 * URL from a result QR, a result number, a declaration reference code, or an MRZ.
 */
export function readScanInput(
  input: string,
  options: { publicBaseUrl: string; demoMode: boolean },
): ScanInput {
  const text = input.normalize('NFC').trim();
  if (isUrl(text)) {
    return readVerificationUrl(text, options.publicBaseUrl);
  }

  const lines = text
    .toUpperCase()
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (looksLikeMrz(lines)) {
    const parsed = parseMrz(lines.join('\n'), { demoMode: options.demoMode });
    const documentNumberReadable = !parsed.issues.some(
      (issue) => issue.field === 'documentNumber' || issue.field === 'mrz',
    );
    return { kind: 'mrz', data: parsed.data, valid: parsed.data !== null && documentNumberReadable };
  }

  const upper = text.toUpperCase().replace(/\s+/g, '');
  if (RESULT_NUMBER_PATTERN.test(upper)) {
    return { kind: 'resultNumber', number: upper };
  }

  const referenceCode = normalizeReferenceCode(text);
  if (isReferenceCode(referenceCode)) {
    return { kind: 'referenceCode', code: referenceCode };
  }
  return { kind: 'unrecognized' };
}
