import signpdf from '@signpdf/signpdf';

import type { ResultSigner } from '../signing/result-signer';

/**
 * Signs a rendered result PDF that carries a signature placeholder. The signature covers every
 * byte of the file except the signature value itself, so any later change breaks it.
 */
export function signResultPdf(pdf: Buffer, signer: ResultSigner): Promise<Buffer> {
  return signpdf.sign(pdf, signer);
}
