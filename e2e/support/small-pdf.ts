import PDFDocument from 'pdfkit';

/** Renders a one-page PDF with a title line, such as a scanned certificate would carry, with pdfkit. */
export function smallPdf(title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', info: { Title: title } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);

    document.fontSize(16).text(title);
    document.end();
  });
}
