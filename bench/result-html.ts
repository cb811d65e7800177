import { readFileSync } from 'node:fs';

import QRCode from 'qrcode';

import { formatDateOnly, formatLocalDay } from '../api/src/modules/results/pdf/pdf-format';
import {
  DIRECTION_NAMES,
  ISSUING_UNIT,
  LABELS,
  NATIONAL_HEADER,
  SEX_NAMES,
  TITLE,
  bilingual,
  bilingualName,
} from '../api/src/modules/results/pdf/pdf-labels';
import type { ResultPdfData } from '../api/src/modules/results/pdf/result-pdf-data';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function fontFace(weight: number, file: string): string {
  const data = readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`)).toString('base64');
  return `@font-face { font-family: 'Noto Sans'; font-weight: ${weight}; src: url(data:font/ttf;base64,${data}); }`;
}

let pageStyle: string | undefined;

function pageHead(): string {
  // The fonts as base64 make this about 0.8 MB, so it is built once.
  pageStyle ??= `<style>
${fontFace(400, '400Regular/NotoSans_400Regular.ttf')}
${fontFace(700, '700Bold/NotoSans_700Bold.ttf')}
@page { size: A4; margin: 42pt 48pt 48pt 48pt; }
body { font-family: 'Noto Sans'; margin: 0; color: #000; }
.national { text-align: center; font-weight: 700; font-size: 9pt; white-space: pre-line; }
.national-en { text-align: center; font-size: 7.5pt; color: #555; }
.header { display: flex; justify-content: space-between; margin-top: 12pt; }
.qr { width: 112pt; height: 112pt; } .qr svg { width: 100%; height: 100%; }
h1 { font-size: 15pt; margin: 12pt 0 0; } h2 { font-size: 11pt; margin: 0; }
h3 { font-size: 11pt; border-bottom: 0.5pt solid #999; margin: 8pt 0 6pt; }
.grid { display: grid; gap: 6pt 16pt; } .two { grid-template-columns: 1fr 1fr; } .three { grid-template-columns: 1fr 1fr 1fr; }
.label { font-size: 7.5pt; color: #555; } .value { font-size: 10pt; font-weight: 700; overflow-wrap: anywhere; }
.small { font-size: 7.5pt; color: #555; } .url { font-size: 8.5pt; } .unit-en { font-size: 9pt; }
p { font-size: 9pt; margin: 6pt 0 2pt; }
</style>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8">${pageStyle}</head>`;
}

/**
 * Builds the page that contains each document: the same Noto Sans files as the PDF renderer,
 * as data URLs, and a layout close to the PDF's (A4, two- and three-column grids).
 */
export function resultPage(body = ''): string {
  return `${pageHead()}<body>${body}</body></html>`;
}

function field(label: string, value: string): string {
  return `<div><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div></div>`;
}

function travellersHtml(data: ResultPdfData): string {
  return data.travellers
    .map((traveller, index) => {
      const role = index === 0 ? LABELS.leadTraveller : LABELS.traveller;
      return `<p><b>${index + 1}. ${escapeHtml(bilingual(role))}</b></p>
<div class="grid">${field(bilingual(LABELS.fullName), traveller.fullName)}</div>
<div class="grid three">
${field(bilingual(LABELS.sex), bilingual(SEX_NAMES[traveller.sex]))}
${field(bilingual(LABELS.dateOfBirth), formatDateOnly(traveller.dateOfBirth))}
${field(bilingual(LABELS.nationality), `${bilingualName(traveller.nationality)} (${traveller.nationality.code})`)}
${field(bilingual(LABELS.documentType), bilingualName(traveller.documentType))}
${field(bilingual(LABELS.documentNumber), traveller.documentNumber)}
${field(bilingual(LABELS.documentExpiryDate), formatDateOnly(traveller.documentExpiryDate))}
</div>`;
    })
    .join('\n');
}

/** Builds the body of one result: the same texts as the PDF, with the QR code as inline SVG. */
export async function resultBodyHtml(data: ResultPdfData): Promise<string> {
  const qr = await QRCode.toString(data.verificationUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
  });
  const validity = `${formatDateOnly(data.validFrom)} - ${formatDateOnly(data.validUntil)}`;

  return `<div class="national">${escapeHtml(NATIONAL_HEADER.vi)}</div>
<div class="national-en">${escapeHtml(NATIONAL_HEADER.en)}</div>
<div class="header"><div>
<h2>${escapeHtml(ISSUING_UNIT.vi)}</h2><div class="unit-en">${escapeHtml(ISSUING_UNIT.en)}</div>
<h1>${escapeHtml(TITLE.vi)}</h1><h2>${escapeHtml(TITLE.en)}</h2>
</div><div class="qr">${qr}</div></div>
<div class="small">${escapeHtml(`${LABELS.verification.vi} ${LABELS.verification.en}`)}</div>
<div class="url">${escapeHtml(data.verificationUrl)}</div>
<h3>${escapeHtml(bilingual(LABELS.crossingSection))}</h3>
<div class="grid two">
${field(bilingual(LABELS.resultNumber), data.resultNumber)}
${field(bilingual(LABELS.issuedOn), formatLocalDay(data.issuedAt))}
${field(bilingual(LABELS.gate), `${bilingualName(data.gate)} (${data.gate.code})`)}
${field(bilingual(LABELS.validity), validity)}
${field(bilingual(LABELS.direction), bilingual(DIRECTION_NAMES[data.direction]))}
${field(bilingual(LABELS.plannedCrossingDate), formatDateOnly(data.plannedCrossingDate))}
${data.purpose ? field(bilingual(LABELS.purpose), bilingualName(data.purpose)) : ''}
${field(bilingual(LABELS.decidingOfficer), data.officerName)}
</div>
<h3>${escapeHtml(bilingual(LABELS.travellersSection))}</h3>
${travellersHtml(data)}`;
}
