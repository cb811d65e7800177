import PDFDocument from 'pdfkit';

import { registerFonts } from './pdf-fonts';
import { formatDateOnly, formatLocalDay } from './pdf-format';
import {
  DIRECTION_NAMES,
  ISSUING_UNIT,
  LABELS,
  NATIONAL_HEADER,
  TITLE,
  bilingual,
  bilingualName,
  type BilingualLabel,
} from './pdf-labels';
import { STYLE, drawFieldGrid, drawHeading, drawParagraph, type Field } from './pdf-layout';
import { drawResultHeader } from './result-header';
import { addSignaturePlaceholder, type SignaturePlaceholder } from './signature-placeholder';
import { drawPageFooters } from './page-footer';
import type { ResultPdfData } from './result-pdf-data';
import { drawTravellers } from './result-travellers';
import { drawVehicle } from './result-vehicle';

function labelled(label: BilingualLabel, value: string): Field {
  return { label: bilingual(label), value };
}

function crossingFields(data: ResultPdfData): Field[] {
  const validity = `${formatDateOnly(data.validFrom)} - ${formatDateOnly(data.validUntil)}`;

  return [
    labelled(LABELS.resultNumber, data.resultNumber),
    labelled(LABELS.issuedOn, formatLocalDay(data.issuedAt)),
    labelled(LABELS.gate, `${bilingualName(data.gate)} (${data.gate.code})`),
    labelled(LABELS.validity, validity),
    labelled(LABELS.direction, bilingual(DIRECTION_NAMES[data.direction])),
    labelled(LABELS.plannedCrossingDate, formatDateOnly(data.plannedCrossingDate)),
    labelled(LABELS.purpose, bilingualName(data.purpose)),
    labelled(LABELS.decidingOfficer, data.officerName),
  ];
}

function drawDocument(doc: PDFKit.PDFDocument, data: ResultPdfData): void {
  drawParagraph(doc, NATIONAL_HEADER.vi, { size: 9, bold: true, align: 'center' });
  drawParagraph(doc, NATIONAL_HEADER.en, { size: 7.5, align: 'center', color: STYLE.labelColor });
  doc.moveDown(1);

  drawResultHeader(doc, {
    issuingUnit: ISSUING_UNIT,
    title: TITLE,
    verificationLabel: LABELS.verification,
    verificationUrl: data.verificationUrl,
  });

  drawHeading(doc, bilingual(LABELS.crossingSection));
  drawFieldGrid(doc, crossingFields(data), 2);
  drawVehicle(doc, data.vehicle);

  drawHeading(doc, bilingual(LABELS.travellersSection));
  drawTravellers(doc, data.travellers);

  drawPageFooters(doc, data.resultNumber);
}

/**
 * Renders the bilingual result PDF (A4, Vietnamese first, then English) into a buffer. With
 * `signature`, the PDF carries an empty signature field for `signResultPdf` to fill.
 */
export function renderResultPdf(data: ResultPdfData, signature?: SignaturePlaceholder): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    // PDF 1.7 is the base version of the ESIC extension that the PAdES signature declares.
    pdfVersion: '1.7',
    margins: { top: 42, bottom: 48, left: 48, right: 48 },
    bufferPages: true,
    // An empty name skips pdfkit's default Helvetica, whose metrics file it would otherwise read
    // and parse for every document; registerFonts selects Noto Sans.
    font: '',
    info: { Title: `${TITLE.en} ${data.resultNumber}`, Author: ISSUING_UNIT.en },
  });

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  registerFonts(doc);
  drawDocument(doc, data);
  if (signature) {
    addSignaturePlaceholder(doc, signature);
  }
  doc.end();

  return finished;
}
