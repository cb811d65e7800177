import {
  GOODS_IMPORT_FILE_FIELD,
  MAX_GOODS_IMPORT_BYTES,
  MAX_GOODS_IMPORT_LINES,
} from '@smartgate/shared-models';
import type { Request } from 'express';
import { fileTypeFromBuffer } from 'file-type';

import {
  ClientRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../lib/errors';
import { readMultipartFile, type MultipartFile } from '../../lib/multipart-file';
import { readCsvSheet } from './goods-import-csv';
import {
  FILE_PATH,
  fileRejected,
  GoodsFileTypeRejectedError,
  isBlankRow,
  type ImportRow,
  type ImportSheet,
} from './goods-import-sheet';
import { readXlsxSheet } from './goods-import-xlsx';

/** File name extensions of the two formats. A name without an extension is judged by content alone. */
const CSV_EXTENSIONS = ['csv', 'txt'];
const XLSX_EXTENSIONS = ['xlsx'];

/** The header row and the data rows of a goods file, blank rows left out. */
export interface GoodsSheet {
  header: ImportRow;
  dataRows: ImportRow[];
  decimalSeparator: '.' | ',';
}

/** Reads the `file` field of a multipart/form-data goods import, at most 2 MB, in memory. */
export function readGoodsUpload(request: Request): Promise<MultipartFile> {
  return readMultipartFile(request, {
    fileField: GOODS_IMPORT_FILE_FIELD,
    maxBytes: MAX_GOODS_IMPORT_BYTES,
    formatError: (status) =>
      status === 415
        ? new UnsupportedMediaTypeError('goodsImportUploadFormat')
        : new ClientRequestError(400, 'goodsImportUploadFormat'),
    tooLarge: () =>
      new PayloadTooLargeError([{ path: FILE_PATH, code: 'goodsImportTooLarge' }], 'goodsImportNotAccepted'),
    missing: () =>
      new ValidationError([{ path: FILE_PATH, code: 'required' }], 400, 'goodsImportNotAccepted'),
  });
}

function extensionOf(fileName: string | undefined): string | null {
  const match = /\.([^./\\]+)$/.exec(fileName ?? '');
  return match ? match[1].toLowerCase() : null;
}

/**
 * Reads the rows of a CSV or XLSX file. The format is judged by content (an XLSX workbook is a
 * ZIP package) and must agree with the file name's extension when there is one: a PDF renamed
 * to `.csv`, or a text file named `.xlsx`, is rejected with 415.
 */
async function readSheet(file: MultipartFile): Promise<ImportSheet> {
  const extension = extensionOf(file.fileName);
  const detected = await fileTypeFromBuffer(file.bytes);

  if (detected?.ext === 'xlsx' && (extension === null || XLSX_EXTENSIONS.includes(extension))) {
    return readXlsxSheet(file.bytes);
  }
  if (detected === undefined && (extension === null || CSV_EXTENSIONS.includes(extension))) {
    return readCsvSheet(file.bytes);
  }
  throw new GoodsFileTypeRejectedError();
}

/**
 * Reads a goods file into its header and data rows. An empty file, one with only a header, or
 * one with more than 200 data rows is rejected as a whole (422), so that part of a consignment is
 * never imported unnoticed.
 */
export async function readGoodsSheet(file: MultipartFile): Promise<GoodsSheet> {
  if (file.bytes.length === 0) {
    throw fileRejected('goodsImportEmpty');
  }

  const sheet = await readSheet(file);
  const [header, ...dataRows] = sheet.rows.filter((row) => !isBlankRow(row));
  if (!header || dataRows.length === 0) {
    throw fileRejected('goodsImportEmpty');
  }
  if (dataRows.length > MAX_GOODS_IMPORT_LINES) {
    throw fileRejected('goodsImportTooManyRows', {
      max: String(MAX_GOODS_IMPORT_LINES),
      count: String(dataRows.length),
    });
  }

  return { header, dataRows, decimalSeparator: sheet.decimalComma ? ',' : '.' };
}
