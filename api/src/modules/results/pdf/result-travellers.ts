import { LABELS, SEX_NAMES, bilingual, bilingualName } from './pdf-labels';
import { drawFieldGrid, drawParagraph, ensureSpace, type Field } from './pdf-layout';
import { formatDateOnly } from './pdf-format';
import type { ResultPdfTraveller } from './result-pdf-data';

function nationality(traveller: ResultPdfTraveller): string {
  return `${bilingualName(traveller.nationality)} (${traveller.nationality.code})`;
}

function detailFields(traveller: ResultPdfTraveller): Field[] {
  return [
    { label: bilingual(LABELS.sex), value: bilingual(SEX_NAMES[traveller.sex]) },
    { label: bilingual(LABELS.dateOfBirth), value: formatDateOnly(traveller.dateOfBirth) },
    { label: bilingual(LABELS.nationality), value: nationality(traveller) },
    { label: bilingual(LABELS.documentType), value: bilingualName(traveller.documentType) },
    { label: bilingual(LABELS.documentNumber), value: traveller.documentNumber },
    { label: bilingual(LABELS.documentExpiryDate), value: formatDateOnly(traveller.documentExpiryDate) },
  ];
}

/** Prints every traveller, the lead first: the full name on its own row, the other fields in three columns. */
export function drawTravellers(doc: PDFKit.PDFDocument, travellers: ResultPdfTraveller[]): void {
  travellers.forEach((traveller, index) => {
    const role = index === 0 ? LABELS.leadTraveller : LABELS.traveller;

    // Keeps a traveller's caption on the same page as at least the name row.
    ensureSpace(doc, 60);
    drawParagraph(doc, `${index + 1}. ${bilingual(role)}`, { size: 9, bold: true });
    doc.moveDown(0.2);

    drawFieldGrid(doc, [{ label: bilingual(LABELS.fullName), value: traveller.fullName }], 1);
    drawFieldGrid(doc, detailFields(traveller), 3);
    doc.moveDown(0.4);
  });
}
