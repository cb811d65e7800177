import { z } from 'zod';

import { choiceError } from './choice-error';

/** Largest attachment file accepted, in bytes (10 MB). The API stops reading an upload past it. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Media types of accepted attachments. The API judges the type by the file's content, not its name. */
export const ATTACHMENT_MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** Name of the multipart/form-data field that carries the attachment file. */
export const ATTACHMENT_FILE_FIELD = 'file';

/** Name of the multipart/form-data text field that carries the attachment type; send it before the file. */
export const ATTACHMENT_TYPE_FIELD = 'attachmentType';

/** The kind of a document attached to a cargo declaration. */
export const AttachmentType = z.enum(
  [
    'commercial_invoice',
    'packing_list',
    'certificate_of_origin_form_d',
    'phytosanitary_certificate',
    'import_export_licence',
    'other',
  ],
  { error: choiceError },
);
export type AttachmentType = z.infer<typeof AttachmentType>;

/** One file attached to a cargo declaration, without its content, which has its own endpoint. */
export const CargoAttachment = z.object({
  id: z.string(),
  type: AttachmentType,
  /** Name of the uploaded file, stripped of folders and control characters. Show it as text only. */
  originalName: z.string().nullable(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the file content in lower-case hexadecimal. */
  sha256: z.string(),
  /** When the file was uploaded, ISO 8601 in UTC. */
  createdAt: z.string(),
});
export type CargoAttachment = z.infer<typeof CargoAttachment>;
