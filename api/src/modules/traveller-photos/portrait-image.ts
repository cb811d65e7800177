import { MIN_PHOTO_SIZE, PHOTO_MEDIA_TYPES } from '@smartgate/shared-models';
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Sharp } from 'sharp';

/** Size of every stored portrait, in pixels: 3:4, the shape of an ID photo. */
export const PORTRAIT_SIZE = { width: 600, height: 800 } as const;

/**
 * Largest decoded image accepted, in pixels. A small PNG can declare a huge canvas, and this
 * caps the memory its decoding takes. 40 megapixels is an estimate of what phone cameras write
 * in their default mode, with room to spare.
 */
const MAX_INPUT_PIXELS = 40_000_000;

/** JPEG quality of stored portraits, on sharp's scale of 1 to 100. */
const JPEG_QUALITY = 85;

/** Reason an uploaded file was not accepted as a portrait, as a validation message key. */
export type PhotoRejection = 'photoInvalidType' | 'photoUnreadable' | 'photoTooSmall';

/** Thrown when the uploaded bytes are not a usable JPEG or PNG portrait. */
export class PhotoRejectedError extends Error {
  override readonly name = 'PhotoRejectedError';

  constructor(readonly reason: PhotoRejection) {
    super(`Photo rejected: ${reason}`);
  }
}

/** A portrait re-encoded as a JPEG without metadata. */
export interface PortraitJpeg {
  jpeg: Buffer;
  width: number;
  height: number;
}

/**
 * Checks by content that the bytes are a JPEG or PNG image, whatever the file's name or
 * declared type. Only then does sharp see them, so other formats that libvips reads (SVG,
 * PDF, TIFF) never reach a decoder.
 */
async function assertJpegOrPng(bytes: Buffer): Promise<void> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !PHOTO_MEDIA_TYPES.includes(detected.mime)) {
    throw new PhotoRejectedError('photoInvalidType');
  }
}

/** Reads the image's size as displayed, after the EXIF orientation is applied. */
async function displayedSize(image: Sharp): Promise<{ width: number; height: number }> {
  const metadata = await image.metadata();
  if (metadata.format !== 'jpeg' && metadata.format !== 'png') {
    throw new PhotoRejectedError('photoInvalidType');
  }
  return metadata.autoOrient;
}

/**
 * Re-encodes an uploaded JPEG or PNG as a 600 × 800 JPEG portrait. The image is turned upright
 * by its EXIF orientation, cropped to 3:4 around its most salient region (the face, in a
 * portrait) and flattened onto white. The output carries no metadata, because sharp writes none
 * unless asked: EXIF (GPS included), XMP, IPTC and the ICC profile are dropped, and the colours
 * are converted to sRGB.
 */
export async function toPortraitJpeg(bytes: Buffer): Promise<PortraitJpeg> {
  await assertJpegOrPng(bytes);

  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' });
  try {
    const size = await displayedSize(image);
    if (size.width < MIN_PHOTO_SIZE.width || size.height < MIN_PHOTO_SIZE.height) {
      throw new PhotoRejectedError('photoTooSmall');
    }

    const jpeg = await image
      .rotate()
      .resize(PORTRAIT_SIZE.width, PORTRAIT_SIZE.height, {
        fit: 'cover',
        position: sharp.strategy.attention,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer();
    return { jpeg, ...PORTRAIT_SIZE };
  } catch (error) {
    // sharp reports a damaged file, or one beyond the pixel limit, as a plain Error.
    throw error instanceof PhotoRejectedError ? error : new PhotoRejectedError('photoUnreadable');
  }
}
