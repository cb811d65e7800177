import { z } from 'zod';
import type { Request, Response } from 'express';

import { NotFoundError } from '../../lib/errors';
import type { AttachmentContent } from './cargo-attachments.service';

const AttachmentId = z.uuid();

/** Reads the `:attachmentId` path parameter. A malformed id gets the same 404 as an unknown one. */
export function attachmentIdParam(request: Request): string {
  const parsed = AttachmentId.safeParse(request.params['attachmentId']);
  if (!parsed.success) {
    throw new NotFoundError();
  }
  return parsed.data;
}

/** File name extensions for a download whose original name was empty after cleaning. */
const FALLBACK_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'attachment.pdf',
  'image/jpeg': 'attachment.jpg',
  'image/png': 'attachment.png',
};

/**
 * Sends an attachment as a download under its original name. The content type is the one judged
 * from the content at upload; no cache may keep the file, since it belongs to one business.
 */
export function sendAttachment(response: Response, { attachment, bytes }: AttachmentContent): void {
  const fileName = attachment.originalName ?? FALLBACK_NAMES[attachment.mediaType] ?? 'attachment';

  // `attachment()` guesses a type from the name, so the stored type is set after it.
  response.attachment(fileName);
  response.set('Cache-Control', 'private, no-store').type(attachment.mediaType).send(bytes);
}
