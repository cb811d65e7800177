import PDFDocument from 'pdfkit';

import { registerFonts } from './pdf-fonts';
import { CARGO_DIRECTION_NAMES, CARGO_LABELS } from './cargo-labels';
import { formatDateOnly, formatLocalDateTime, formatLocalDay } from './pdf-format';
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
import { drawCargoBusiness, drawCargoParties } from './result-cargo';
import { drawGoods } from './result-goods';
import type { ResultPdfCargo, ResultPdfData } from './result-pdf-data';
import { drawTravellers } from './result-travellers';
import { drawVehicle } from './result-vehicle';

function labelled(label: BilingualLabel, value: string): Field {
  return { label: bilingual(label), value };
}

/** The crossing's purpose, or for cargo its direction as import or export and the planned arrival time. */
function tripFields(data: ResultPdfData): Field[] {
  if (data.cargo) {
    return [
      labelled(LABELS.direction, bilingual(CARGO_DIRECTION_NAMES[data.direction])),
      labelled(CARGO_LABELS.plannedArrival, formatLocalDateTime(data.cargo.plannedArrivalAt)),
    ];
  }

  return [
    labelled(LABELS.direction, bilingual(DIRECTION_NAMES[data.direction])),
    labelled(LABELS.plannedCrossingDate, formatDateOnly(data.plannedCrossingDate)),
    labelled(LABELS.purpose, data.purpose ? bilingualName(data.purpose) : '-'),
  ];
}

function crossingFields(data: ResultPdfData): Field[] {
  const validity = `${formatDateOnly(data.validFrom)} - ${formatDateOnly(data.validUntil)}`;

  return [
    labelled(LABELS.resultNumber, data.resultNumber),
    labelled(LABELS.issuedOn, formatLocalDay(data.issuedAt)),
    labelled(LABELS.gate, `${bilingualName(data.gate)} (${data.gate.code})`),
    labelled(LABELS.validity, validity),
    ...tripFields(data),
    labelled(LABELS.decidingOfficer, data.officerName),
  ];
}

/** Prints the consignment: counterpart, vehicle, the driver and crew, and the goods with their totals. */
function drawConsignment(doc: PDFKit.PDFDocument, data: ResultPdfData, cargo: ResultPdfCargo): void {
  drawCargoParties(doc, cargo);

  drawHeading(doc, bilingual(CARGO_LABELS.crewSection));
  drawTravellers(doc, data.travellers, { first: CARGO_LABELS.driver, other: CARGO_LABELS.crewMember });

  drawGoods(doc, cargo.goodsLines, cargo.totals);
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

  if (data.cargo) {
    drawCargoBusiness(doc, data.cargo);
    drawConsignment(doc, data, data.cargo);
  } else {
    drawVehicle(doc, data.vehicle);
    drawHeading(doc, bilingual(LABELS.travellersSection));
    drawTravellers(doc, data.travellers);
  }

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
