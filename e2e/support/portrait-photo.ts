import sharp from 'sharp';

/**
 * Builds a real 600 × 800 JPEG in one colour with a lighter oval where a face would be, so
 * that the portal and the API decode and re-encode a genuine image. Each traveller gets their
 * own colour, so their stored photos differ.
 */
export async function portraitJpeg(background: string): Promise<Buffer> {
  const face = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800">' +
      '<ellipse cx="300" cy="330" rx="150" ry="200" fill="#f1c9a5"/></svg>',
  );

  return sharp({ create: { width: 600, height: 800, channels: 3, background } })
    .composite([{ input: face }])
    .jpeg({ quality: 85 })
    .toBuffer();
}
