import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';

import forge from 'node-forge';

/** The private key and certificates read from a PKCS#12 file. */
export interface SigningCredentials {
  privateKey: KeyObject;
  /** The certificate that matches the private key. */
  certificate: X509Certificate;
  /** DER certificates to embed in each signature: the signer's first, then the rest of the file's chain. */
  certificateChain: Buffer[];
}

/** Cause of an unusable PKCS#12 file. The caller turns it into a message that names the setting to fix. */
export type CredentialsProblem = 'wrongPassword' | 'unreadable' | 'noKey' | 'noMatchingCertificate';

/** Thrown when a PKCS#12 file cannot provide signing credentials. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';

  constructor(
    readonly problem: CredentialsProblem,
    detail: string,
  ) {
    super(detail);
  }
}

type Bag = forge.pkcs12.Bag & { asn1?: forge.asn1.Asn1 };

function toBuffer(node: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
}

function parsePkcs12(p12: Buffer, password: string): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  } catch (error) {
    throw new CredentialsError('unreadable', `not a DER-encoded PKCS#12 file (${String(error)})`);
  }

  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // forge reports a failed MAC check or key decryption with these words.
    if (/password/i.test(message)) {
      throw new CredentialsError('wrongPassword', message);
    }
    throw new CredentialsError('unreadable', message);
  }
}

function bagsOf(pfx: forge.pkcs12.Pkcs12Pfx, bagType: string): Bag[] {
  return (pfx.getBags({ bagType })[bagType] ?? []) as Bag[];
}

/**
 * Converts a key bag to a Node key. forge decodes only RSA keys. For other types (such as EC)
 * it keeps the PrivateKeyInfo structure, which Node reads as PKCS#8.
 */
function privateKeyOf(bag: Bag): KeyObject {
  if (bag.key) {
    return createPrivateKey(forge.pki.privateKeyToPem(bag.key as forge.pki.rsa.PrivateKey));
  }
  if (!bag.asn1) {
    throw new CredentialsError('noKey', 'the key bag is empty');
  }
  return createPrivateKey({ key: toBuffer(bag.asn1), format: 'der', type: 'pkcs8' });
}

/** Returns a certificate bag's DER bytes. forge keeps the original to-be-signed part, so they match the file. */
function certificateDer(bag: Bag): Buffer | undefined {
  if (bag.cert) {
    return toBuffer(forge.pki.certificateToAsn1(bag.cert));
  }
  return bag.asn1 ? toBuffer(bag.asn1) : undefined;
}

/**
 * Reads the private key and certificates of a PKCS#12 file. It throws a CredentialsError when
 * the password is wrong, the file is not PKCS#12, or no certificate matches the key.
 */
export function readSigningCredentials(p12: Buffer, password: string): SigningCredentials {
  const pfx = parsePkcs12(p12, password);

  const keyBags = [
    ...bagsOf(pfx, forge.pki.oids['pkcs8ShroudedKeyBag']),
    ...bagsOf(pfx, forge.pki.oids['keyBag']),
  ];
  if (keyBags.length === 0) {
    throw new CredentialsError('noKey', 'the file contains no private key');
  }
  const privateKey = privateKeyOf(keyBags[0]);

  const certificates = bagsOf(pfx, forge.pki.oids['certBag'])
    .map(certificateDer)
    .filter((der): der is Buffer => der !== undefined);
  const signerIndex = certificates.findIndex((der) => new X509Certificate(der).checkPrivateKey(privateKey));
  if (signerIndex < 0) {
    throw new CredentialsError('noMatchingCertificate', 'no certificate in the file matches its private key');
  }

  const signer = certificates[signerIndex];
  return {
    privateKey,
    certificate: new X509Certificate(signer),
    certificateChain: [signer, ...certificates.filter((_, index) => index !== signerIndex)],
  };
}
