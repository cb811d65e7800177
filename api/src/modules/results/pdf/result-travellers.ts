import { LABELS, SEX_NAMES, bilingual, bilingualName, type BilingualLabel } from './pdf-labels';
import { STYLE, drawFieldGrid, drawParagraph, ensureSpace, type Field } from './pdf-layout';
import { formatDateOnly } from './pdf-format';
import type { ResultPdfTraveller } from './result-pdf-data';
import { PORTRAIT_BOX, drawPortrait } from './traveller-portrait';

/** Height of a traveller's caption and name row, which stay on one page. */
const CAPTION_AND_NAME_HEIGHT = 60;

/** Height of a traveller's caption alone, above the portrait. */
const CAPTION_HEIGHT = 20;

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

/**
 * Prints one traveller's fields, with the portrait (if any) to their right. The fields wrap
 * within the narrower area, and the next traveller starts below the taller of the two.
 */
function drawTravellerFields(doc: PDFKit.PDFDocument, traveller: ResultPdfTraveller): void {
  const top = doc.y;
  const page = doc.page;
  const area = traveller.photo ? drawPortrait(doc, traveller.photo, top) : undefined;

  drawFieldGrid(doc, [{ label: bilingual(LABELS.fullName), value: traveller.fullName }], 1, area);
  drawFieldGrid(doc, detailFields(traveller), 3, area);

  // Long values may have pushed the fields onto the next page, below which the portrait is not.
  if (traveller.photo && doc.page === page) {
    doc.y = Math.max(doc.y, top + PORTRAIT_BOX.height + STYLE.cellGap);
  }
}

/** Captions of the first traveller and of the others: lead and companions, or driver and crew. */
export interface TravellerRoles {
  first: BilingualLabel;
  other: BilingualLabel;
}

const CROSSING_ROLES: TravellerRoles = { first: LABELS.leadTraveller, other: LABELS.traveller };

/**
 * Prints every traveller, the lead first: the full name on its own row, the other fields in
 * three columns, and the portrait beside them.
 */
export function drawTravellers(
  doc: PDFKit.PDFDocument,
  travellers: ResultPdfTraveller[],
  roles: TravellerRoles = CROSSING_ROLES,
): void {
  travellers.forEach((traveller, index) => {
    const role = index === 0 ? roles.first : roles.other;

    // Keeps a traveller's caption on the same page as the name row and the whole portrait.
    const portraitHeight = traveller.photo ? CAPTION_HEIGHT + PORTRAIT_BOX.height : 0;
    ensureSpace(doc, Math.max(CAPTION_AND_NAME_HEIGHT, portraitHeight));
    drawParagraph(doc, `${index + 1}. ${bilingual(role)}`, { size: 9, bold: true });
    doc.moveDown(0.2);

    drawTravellerFields(doc, traveller);
    doc.moveDown(0.4);
  });
}
