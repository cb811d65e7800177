import { MAX_PHOTO_BYTES } from '@smartgate/shared-models';

/** The first bytes of a JPEG (FF D8 FF) and of a PNG (the 8-byte PNG signature). */
const SIGNATURES: readonly (readonly number[])[] = [
  [0xff, 0xd8, 0xff],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Checks a chosen file before it is sent, as the API does: at most 5 MB, and a JPEG or PNG by
 * its first bytes rather than by its name. Returns the validation message key of the first
 * problem, or null. The API checks again, decoding the whole image.
 */
export async function photoFileIssue(file: Blob): Promise<'photoTooLarge' | 'photoInvalidType' | null> {
  if (file.size > MAX_PHOTO_BYTES) {
    return 'photoTooLarge';
  }

  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return SIGNATURES.some((signature) => startsWith(head, signature)) ? null : 'photoInvalidType';
}
