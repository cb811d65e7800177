import JSZip from 'jszip';

/**
 * Most bytes the parts of a goods workbook may unpack to. A workbook of 200 goods lines unpacks
 * to well under 1 MB, while 2 MB of ZIP can unpack to gigabytes (a "zip bomb"), and exceljs
 * needs about 40 times the unpacked size in memory.
 */
export const MAX_UNPACKED_WORKBOOK_BYTES = 10 * 1024 * 1024;

/** Unpacks one part as a stream, adding its bytes to `total`; false as soon as `limit` is passed. */
function unpackWithin(entry: JSZip.JSZipObject, total: { bytes: number }, limit: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      total.bytes += chunk.length;
      if (total.bytes > limit) {
        stream.pause();
        stream.removeAllListeners('data');
        resolve(false);
      }
    });
    stream.on('end', () => resolve(true));
    stream.on('error', reject);
  });
}

/**
 * Tells whether every part of a ZIP package unpacks to at most `limit` bytes in all. The parts
 * are unpacked as streams and counted, because the sizes a ZIP declares can lie. Rejects when
 * the bytes are not a ZIP package.
 */
export async function unpacksWithin(bytes: Buffer, limit = MAX_UNPACKED_WORKBOOK_BYTES): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const total = { bytes: 0 };

  for (const entry of Object.values(zip.files)) {
    if (!entry.dir && !(await unpackWithin(entry, total, limit))) {
      return false;
    }
  }
  return true;
}
