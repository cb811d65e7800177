import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';

import { ISSUING_UNIT } from './pdf-labels';

/** Entries of the signature dictionary that are written before the signature exists. */
export interface SignaturePlaceholder {
  /** Claimed signing time, written as the dictionary's /M entry (PAdES keeps it out of the CMS). */
  signingTime: Date;
  signerName: string;
  /** Bytes reserved for the CMS signature. */
  signatureLength: number;
}

/**
 * Declares the ESIC extension level 2 in the catalog, which ETSI EN 319 142-1 defines for the
 * ETSI.CAdES.detached SubFilter in PDF 1.7 files. pdfkit writes plain strings as PDF names.
 */
function declareEtsiExtension(doc: PDFKit.PDFDocument): void {
  const catalog = (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data;
  catalog['Extensions'] = { ESIC: { BaseVersion: '1.7', ExtensionLevel: 2 } };
}

/**
 * Adds an invisible signature field whose dictionary reserves room for a PAdES signature
 * (SubFilter ETSI.CAdES.detached). Call it after the last page is drawn and before
 * `doc.end()`, and `signResultPdf` then fills the room.
 */
export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, placeholder: SignaturePlaceholder): void {
  declareEtsiExtension(doc);
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: `${ISSUING_UNIT.vi} / ${ISSUING_UNIT.en}`,
    contactInfo: '',
    name: placeholder.signerName,
    location: 'Lệ Thanh, Gia Lai, Việt Nam',
    signingTime: placeholder.signingTime,
    signatureLength: placeholder.signatureLength,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'SmartGate',
  });
}
