import type { DeclarationView } from '@smartgate/shared-models';
import sharp from 'sharp';

import { CSRF_HEADER } from '../../lib/csrf';
import type { ApiClient } from '../../test/api-client';

/** URL of a traveller's photo under the applicant's or the officer's declarations. */
export function photoUrl(side: 'applicant' | 'officer', declarationId: string, position: number): string {
  return `/api/${side}/declarations/${declarationId}/travellers/${position}/photo`;
}

/**
 * Builds a real JPEG: the upper half red and the lower half blue as stored, so a spec can tell
 * how it was turned. `gps` adds EXIF GPS tags and a camera make; `orientation` sets the EXIF
 * orientation tag.
 */
export async function twoToneJpeg(
  options: { width?: number; height?: number; gps?: boolean; orientation?: number } = {},
): Promise<Buffer> {
  const width = options.width ?? 600;
  const height = options.height ?? 800;
  const half = Math.floor(height / 2);
  const blueHalf = await sharp({
    create: { width, height: height - half, channels: 3, background: '#0000ff' },
  })
    .png()
    .toBuffer();

  let image = sharp({ create: { width, height, channels: 3, background: '#ff0000' } }).composite([
    { input: blueHalf, top: half, left: 0 },
  ]);
  if (options.gps) {
    image = image.withExif({
      IFD0: { Make: 'SmartGate Test Camera' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 55/1 0/1', GPSMapDatum: 'WGS-84' },
    });
  }
  if (options.orientation) {
    image = image.withMetadata({ orientation: options.orientation });
  }
  return image.jpeg({ quality: 90 }).toBuffer();
}

/** Builds a real PNG of one colour with an alpha channel. */
export async function pngPortrait(width = 450, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

/** A small but well-formed PDF document, to be sent under a `.jpg` name. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** An HTML page with a script, to be sent under a `.jpg` name. */
export const HTML_BYTES = Buffer.from(
  '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>',
);

/** Uploads a file as the `photo` field, as a browser's FormData does. */
export function uploadPhoto(
  client: ApiClient,
  declarationId: string,
  position: number,
  bytes: Buffer,
  file: { name?: string; type?: string } = {},
) {
  return client.agent
    .put(photoUrl('applicant', declarationId, position))
    .set(CSRF_HEADER, client.csrfToken)
    .attach('photo', bytes, {
      filename: file.name ?? 'portrait.jpg',
      contentType: file.type ?? 'image/jpeg',
    });
}

/** Reads a photo as the given client, with the bytes in `body`. */
export function fetchPhoto(client: ApiClient, url: string) {
  return client.agent
    .get(url)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** Reads the photo statuses of a declaration's view, which the API always fills. */
export function photoStatuses(view: DeclarationView): NonNullable<DeclarationView['travellerPhotos']> {
  return view.travellerPhotos ?? [];
}
