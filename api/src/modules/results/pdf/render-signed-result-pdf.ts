import type { ResultSigner } from '../signing/result-signer';
import { renderResultPdf } from './render-result-pdf';
import type { ResultPdfData } from './result-pdf-data';
import { signResultPdf } from './sign-result-pdf';

/** Renders a result PDF with room for a signature, then signs it with the issue time as the signing time. */
export async function renderSignedResultPdf(data: ResultPdfData, signer: ResultSigner): Promise<Buffer> {
  const unsigned = await renderResultPdf(data, {
    signingTime: data.issuedAt,
    signerName: signer.signerName,
    signatureLength: signer.signatureLength,
  });
  return signResultPdf(unsigned, signer);
}
