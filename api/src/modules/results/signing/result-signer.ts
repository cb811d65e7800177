import { Signer } from '@signpdf/utils';

import { createCadesSignature } from './cades-signature';
import type { SigningCredentials } from './signing-credentials';

/** Room for the CMS structure around the certificates and the signature value, in bytes. */
const CMS_OVERHEAD_BYTES = 2048;

/**
 * Signs result PDFs with the issuing unit's credentials for `@signpdf/signpdf`, which passes
 * the document bytes outside the signature placeholder to `sign`.
 */
export class ResultSigner extends Signer {
  /** Bytes reserved in each PDF for the CMS signature, sized for this certificate chain. */
  readonly signatureLength: number;
  /** The signer's common name, shown by PDF readers beside the signature. */
  readonly signerName: string;

  constructor(private readonly credentials: SigningCredentials) {
    super();

    const chainBytes = credentials.certificateChain.reduce((sum, der) => sum + der.length, 0);
    this.signatureLength = Math.ceil((chainBytes + CMS_OVERHEAD_BYTES) / 1024) * 1024;
    this.signerName = commonName(credentials.certificate.subject);
  }

  /** The signing certificate's last day of validity. */
  get validUntil(): Date {
    return new Date(this.credentials.certificate.validTo);
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return createCadesSignature(content, this.credentials);
  }
}

/** Picks the CN out of Node's multi-line subject ("C=VN\nO=...\nCN=..."), or the whole subject without one. */
function commonName(subject: string): string {
  const line = subject.split('\n').find((entry) => entry.startsWith('CN='));
  return line ? line.slice(3) : subject.replace(/\n/g, ', ');
}
