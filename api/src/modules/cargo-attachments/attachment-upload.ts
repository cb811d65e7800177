import {
  ATTACHMENT_FILE_FIELD,
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENT_TYPE_FIELD,
  AttachmentType,
  MAX_ATTACHMENT_BYTES,
} from '@smartgate/shared-models';
import type { Request } from 'express';
import { fileTypeFromBuffer } from 'file-type';

import {
  ClientRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../lib/errors';
import { isMultipartRequest, readMultipartFile } from '../../lib/multipart-file';

/** An uploaded attachment, held in memory, with its type judged from the content. */
export interface AttachmentUpload {
  attachmentType: AttachmentType;
  bytes: Buffer;
  mediaType: string;
  /** The file name the client sent, as sent; only ever cleaned and stored as text. */
  fileName: string | undefined;
}

const FILE_PATH = [ATTACHMENT_FILE_FIELD];

/**
 * Reads the attachment of a multipart/form-data request: the file in `file` and its type in
 * `attachmentType`. A file over 10 MB gets 413 as soon as it passes the limit, and a file that is not a
 * PDF, JPEG or PNG by its content gets 415, whatever its name or declared type. Nothing is
 * written to disk here.
 */
export async function readAttachmentUpload(request: Request): Promise<AttachmentUpload> {
  const upload = await readMultipartFile(request, {
    fileField: ATTACHMENT_FILE_FIELD,
    maxBytes: MAX_ATTACHMENT_BYTES,
    formatError: (status) =>
      status === 415
        ? new UnsupportedMediaTypeError('attachmentUploadFormat')
        : new ClientRequestError(400, 'attachmentUploadFormat'),
    tooLarge: () =>
      new PayloadTooLargeError([{ path: FILE_PATH, code: 'attachmentTooLarge' }], 'attachmentNotAccepted'),
    missing: () => new ValidationError([{ path: FILE_PATH, code: 'required' }], 400, 'attachmentNotAccepted'),
  });

  const type = AttachmentType.safeParse(upload.fields[ATTACHMENT_TYPE_FIELD]);
  if (!type.success) {
    const code = upload.fields[ATTACHMENT_TYPE_FIELD] === undefined ? 'required' : 'invalidOption';
    throw new ValidationError([{ path: [ATTACHMENT_TYPE_FIELD], code }], 400, 'attachmentNotAccepted');
  }

  const detected = upload.bytes.length > 0 ? await fileTypeFromBuffer(upload.bytes) : undefined;
  if (!detected || !ATTACHMENT_MEDIA_TYPES.includes(detected.mime)) {
    throw new AttachmentTypeRejectedError();
  }

  return {
    attachmentType: type.data,
    bytes: upload.bytes,
    mediaType: detected.mime,
    fileName: upload.fileName,
  };
}

/** A file that is not a PDF, JPEG or PNG by its content: 415 naming the file field. */
export class AttachmentTypeRejectedError extends UnsupportedMediaTypeError {
  override readonly issues = [{ path: FILE_PATH, code: 'attachmentInvalidType' }];

  constructor() {
    super('attachmentNotAccepted');
  }
}

/** The attachment upload and goods import routes as seen from the `/api` router, where the JSON body parser runs. */
const CARGO_FILE_PATH =
  /^\/applicant\/businesses\/[^/]+\/cargo-declarations\/[^/]+\/(?:attachments|goods-import)\/?$/;

/** Tells the JSON body parser to leave an attachment upload's or a goods import's body to its route. */
export function isCargoFileUploadRequest(request: Request): boolean {
  return request.method === 'POST' && CARGO_FILE_PATH.test(request.path) && isMultipartRequest(request);
}
