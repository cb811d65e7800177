import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { MAX_ATTACHMENT_BYTES, type CargoAttachment, type Problem } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { PDF_BYTES, pngPortrait } from '../traveller-photos/photo-fixtures';
import { testEnvironment } from '../../test/test-environment';
import { ATTACHMENTS_FOLDER } from './attachment-files';
import {
  attachmentsUrl,
  cargoDeclaration,
  cargoMember,
  EXE_BYTES,
  fetchBytes,
  uploadAttachment,
  type CargoMember,
} from './cargo-attachment.fixtures';

async function attachmentCount(declarationId: string): Promise<number> {
  const [row] = await testEnvironment().sequelize.query<{ count: string }>(
    'SELECT count(*) AS count FROM declaration_attachments WHERE declaration_id = :declarationId',
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return Number(row.count);
}

/** Lists the attachment folder, temporary files included. */
async function attachmentFolderEntries(): Promise<string[]> {
  const folder = path.join(testEnvironment().config.dataDir, ATTACHMENTS_FOLDER);
  return (await readdir(folder).catch(() => [])).sort();
}

function firstError(body: unknown) {
  return (body as Problem).errors?.[0];
}

describe('cargo attachments', () => {
  let member: CargoMember;
  let declarationId: string;
  let url: string;

  beforeEach(async () => {
    member = await cargoMember('vi');
    declarationId = await cargoDeclaration(member);
    url = attachmentsUrl(member, declarationId);
  });

  it('stores a PDF with its type, name and hash', async () => {
    const response = await uploadAttachment(member.client, url, PDF_BYTES, {
      name: 'C:\\scans\\hoá đơn.pdf',
      attachmentType: 'commercial_invoice',
    }).expect(201);

    const attachment = response.body as CargoAttachment;
    expect(attachment.type).toBe('commercial_invoice');
    expect(attachment.originalName).toBe('hoá đơn.pdf'.normalize('NFC'));
    expect(attachment.mediaType).toBe('application/pdf');
    expect(attachment.sizeBytes).toBe(PDF_BYTES.length);
    expect(attachment.sha256).toBe(createHash('sha256').update(PDF_BYTES).digest('hex'));
    const listed = (await member.client.get(url).expect(200)).body as CargoAttachment[];
    expect(listed.map((item) => item.id)).toEqual([attachment.id]);
  });

  it('sends the stored file back as a download', async () => {
    const png = await pngPortrait(40, 40);
    const uploaded = (
      await uploadAttachment(member.client, url, png, {
        name: 'packing.png',
        contentType: 'image/png',
        attachmentType: 'packing_list',
      }).expect(201)
    ).body as CargoAttachment;

    const download = await fetchBytes(member.client, `${url}/${uploaded.id}`).expect(200);

    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe('attachment; filename=packing.png');
    expect(download.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(download.body as Buffer, png)).toBe(0);
  });

  it('rejects a file of 10 MB and 1 byte with 413 and writes nothing', async () => {
    const oversized = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - PDF_BYTES.length)]);
    const before = await attachmentFolderEntries();

    const response = await uploadAttachment(member.client, url, oversized).expect(413);

    expect(firstError(response.body)?.code).toBe('attachmentTooLarge');
    expect(firstError(response.body)?.path).toBe('file');
    expect(await attachmentCount(declarationId)).toBe(0);
    expect(await attachmentFolderEntries()).toEqual(before);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const largest = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_ATTACHMENT_BYTES - PDF_BYTES.length)]);

    const response = await uploadAttachment(member.client, url, largest).expect(201);

    expect((response.body as CargoAttachment).sizeBytes).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('rejects an executable named .pdf with 415 and a message', async () => {
    const response = await uploadAttachment(member.client, url, EXE_BYTES, { name: 'invoice.pdf' }).expect(
      415,
    );

    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(firstError(response.body)?.code).toBe('attachmentInvalidType');
    expect(firstError(response.body)?.message).toContain('PDF, JPEG hoặc PNG');
    expect(await attachmentCount(declarationId)).toBe(0);
  });

  it('rejects an empty file with 415', async () => {
    const response = await uploadAttachment(member.client, url, Buffer.alloc(0)).expect(415);

    expect(firstError(response.body)?.code).toBe('attachmentInvalidType');
  });

  it('rejects an unknown attachment type', async () => {
    const response = await uploadAttachment(member.client, url, PDF_BYTES, {
      attachmentType: 'passport',
    }).expect(400);

    expect(firstError(response.body)?.path).toBe('attachmentType');
    expect(firstError(response.body)?.code).toBe('invalidOption');
  });

  it('rejects a JSON body with 415', async () => {
    const response = await member.client.post(url, { attachmentType: 'other' }).expect(415);

    expect((response.body as Problem).detail).toContain('multipart/form-data');
  });

  it('deletes an attachment of a draft and its file', async () => {
    const uploaded = (await uploadAttachment(member.client, url, PDF_BYTES).expect(201))
      .body as CargoAttachment;
    const before = await attachmentFolderEntries();

    await member.client.delete(`${url}/${uploaded.id}`).expect(204);

    expect(await attachmentCount(declarationId)).toBe(0);
    expect((await attachmentFolderEntries()).length).toBe(before.length - 1);
    await member.client.delete(`${url}/${uploaded.id}`).expect(404);
  });

  it('keeps attachments of a submitted declaration', async () => {
    const uploaded = (await uploadAttachment(member.client, url, PDF_BYTES).expect(201))
      .body as CargoAttachment;
    await testEnvironment().sequelize.query("UPDATE declarations SET status = 'submitted' WHERE id = :id", {
      replacements: { id: declarationId },
    });

    await member.client.delete(`${url}/${uploaded.id}`).expect(409);
    await uploadAttachment(member.client, url, PDF_BYTES).expect(409);
    await fetchBytes(member.client, `${url}/${uploaded.id}`).expect(200);
  });

  it('hides another company’s attachments with 404', async () => {
    const uploaded = (await uploadAttachment(member.client, url, PDF_BYTES).expect(201))
      .body as CargoAttachment;
    const other = await cargoMember('vi');
    const otherDeclaration = await cargoDeclaration(other);

    // The other company's staff, through their own business and through the owner's path.
    await fetchBytes(other.client, `${url}/${uploaded.id}`).expect(404);
    await other.client.get(url).expect(404);
    await other.client.delete(`${url}/${uploaded.id}`).expect(404);
    await uploadAttachment(other.client, url, PDF_BYTES).expect(404);
    const crossed = `${attachmentsUrl(other, otherDeclaration)}/${uploaded.id}`;
    await fetchBytes(other.client, crossed).expect(404);
    const declarationOfOwnerUnderOther = `${attachmentsUrl(other, declarationId)}/${uploaded.id}`;
    await fetchBytes(other.client, declarationOfOwnerUnderOther).expect(404);
    expect(await attachmentCount(declarationId)).toBe(1);
  });
});
