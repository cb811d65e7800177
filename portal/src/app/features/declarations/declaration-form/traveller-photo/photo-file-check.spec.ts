import { MAX_PHOTO_BYTES } from '@smartgate/shared-models';

import { photoFileIssue } from './photo-file-check';

const JPEG_START = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46];
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function file(bytes: number[], name: string, type: string): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

describe('photoFileIssue', () => {
  it('accepts a JPEG and a PNG by their first bytes', async () => {
    expect(await photoFileIssue(file(JPEG_START, 'me.jpg', 'image/jpeg'))).toBeNull();
    expect(await photoFileIssue(file(PNG_START, 'me.png', 'image/png'))).toBeNull();
  });

  it('rejects a PDF named .jpg', async () => {
    const pdf = file([...new TextEncoder().encode('%PDF-1.7\n')], 'passport.jpg', 'image/jpeg');

    expect(await photoFileIssue(pdf)).toBe('photoInvalidType');
  });

  it('rejects an HTML file named .jpg', async () => {
    const html = file([...new TextEncoder().encode('<html><script>')], 'photo.jpg', 'image/jpeg');

    expect(await photoFileIssue(html)).toBe('photoInvalidType');
  });

  it('rejects an empty file', async () => {
    expect(await photoFileIssue(file([], 'empty.jpg', 'image/jpeg'))).toBe('photoInvalidType');
  });

  it('rejects a file over 5 MB before reading it', async () => {
    const large = new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], 'large.jpg', { type: 'image/jpeg' });

    expect(await photoFileIssue(large)).toBe('photoTooLarge');
  });

  it('accepts a file of exactly 5 MB', async () => {
    const bytes = new Uint8Array(MAX_PHOTO_BYTES);
    bytes.set(JPEG_START);

    expect(await photoFileIssue(new File([bytes], 'limit.jpg', { type: 'image/jpeg' }))).toBeNull();
  });
});
