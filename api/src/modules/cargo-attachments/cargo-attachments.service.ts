import { createHash, randomUUID } from 'node:crypto';

import type { CargoAttachment } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { InvalidStatusTransitionError, LimitReachedError, NotFoundError } from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import { requireBusinessMember } from '../businesses/business-membership';
import { EDITABLE_STATUSES } from '../declarations/declaration-editing';
import type { DeclarationModel } from '../declarations/declarations.models';
import { cleanOriginalFileName } from '../traveller-photos/original-file-name';
import type { AttachmentFiles } from './attachment-files';
import type { AttachmentUpload } from './attachment-upload';
import type { DeclarationAttachmentModel } from './cargo-attachments.models';
import {
  countAttachments,
  deleteAttachment,
  findAttachment,
  findBusinessCargoDeclaration,
  insertAttachment,
  listAttachments,
  toCargoAttachment,
} from './cargo-attachments.repository';

/** Most files one declaration may carry: a few of each type, with room for corrections. */
export const MAX_ATTACHMENTS_PER_DECLARATION = 30;

/** Path of a cargo declaration: the ids of the business and of the declaration. */
export interface CargoDeclarationRef {
  businessId: string;
  declarationId: string;
}

/** An attachment's row and its file content. */
export interface AttachmentContent {
  attachment: DeclarationAttachmentModel;
  bytes: Buffer;
}

/**
 * The business members' side of cargo attachments. Every method first checks that the applicant
 * is a member of the business and that the declaration is a cargo declaration of that business;
 * anything else looks exactly like a missing record (404). Files change only while the
 * declaration is editable.
 */
export class CargoAttachmentsService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly files: AttachmentFiles,
  ) {}

  /** Checks, before the upload is read, that the applicant may add files to this declaration. */
  async assertEditable(applicant: ApplicantPrincipal, ref: CargoDeclarationRef): Promise<void> {
    const declaration = await this.findMemberDeclaration(applicant, ref);
    assertEditableStatus(declaration);
  }

  /**
   * Stores an uploaded file and its row. The file is written before the transaction and removed
   * if the transaction fails, so no row ever points to a missing file.
   */
  async upload(
    applicant: ApplicantPrincipal,
    ref: CargoDeclarationRef,
    upload: AttachmentUpload,
  ): Promise<CargoAttachment> {
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
    // NOTE: a crash between this write and the commit leaves a file that no row points to, and
    // nothing sweeps the attachments folder yet.
    const storageKey = await this.files.store(upload.bytes, upload.mediaType);

    try {
      return await this.sequelize.transaction(async (transaction) => {
        await this.lockEditableDeclaration(applicant, ref, transaction);
        if ((await countAttachments(ref.declarationId, transaction)) >= MAX_ATTACHMENTS_PER_DECLARATION) {
          throw new LimitReachedError('attachmentLimit');
        }

        const row = await insertAttachment(
          {
            id: randomUUID(),
            declarationId: ref.declarationId,
            attachmentType: upload.attachmentType,
            storageKey,
            originalName: cleanOriginalFileName(upload.fileName),
            mediaType: upload.mediaType,
            sizeBytes: upload.bytes.length,
            sha256,
            uploadedByApplicantId: applicant.id,
            uploadedByOfficerId: null,
          },
          transaction,
        );
        return toCargoAttachment(row);
      });
    } catch (error) {
      await this.files.removeUnused([storageKey]);
      throw error;
    }
  }

  /** Lists the attachments of a declaration of the applicant's business, in any status. */
  async list(applicant: ApplicantPrincipal, ref: CargoDeclarationRef): Promise<CargoAttachment[]> {
    await this.findMemberDeclaration(applicant, ref);
    return listAttachments(ref.declarationId);
  }

  /** Reads an attachment of a declaration of the applicant's business, in any status. */
  async read(
    applicant: ApplicantPrincipal,
    ref: CargoDeclarationRef,
    attachmentId: string,
  ): Promise<AttachmentContent> {
    await this.findMemberDeclaration(applicant, ref);
    return this.readAttachment(ref.declarationId, attachmentId);
  }

  /** Deletes an attachment while the declaration is editable; the file goes after the commit. */
  async remove(applicant: ApplicantPrincipal, ref: CargoDeclarationRef, attachmentId: string): Promise<void> {
    const removedKey = await this.sequelize.transaction(async (transaction) => {
      await this.lockEditableDeclaration(applicant, ref, transaction);
      const storageKey = await deleteAttachment(ref.declarationId, attachmentId, transaction);
      if (storageKey === null) {
        throw new NotFoundError();
      }
      return storageKey;
    });

    await this.files.removeUnused([removedKey]);
  }

  /** Reads an attachment without an access check: the caller has made it. */
  async readAttachment(declarationId: string, attachmentId: string): Promise<AttachmentContent> {
    const attachment = await findAttachment(declarationId, attachmentId);
    const bytes = attachment ? await this.files.read(attachment.storageKey) : null;
    if (!attachment || !bytes) {
      throw new NotFoundError();
    }
    return { attachment, bytes };
  }

  private async findMemberDeclaration(
    applicant: ApplicantPrincipal,
    ref: CargoDeclarationRef,
    transaction?: Transaction,
  ): Promise<DeclarationModel> {
    await requireBusinessMember(this.sequelize, applicant.id, ref.businessId, undefined, transaction);
    const declaration = await findBusinessCargoDeclaration(ref.declarationId, ref.businessId, transaction);
    if (!declaration) {
      throw new NotFoundError();
    }
    return declaration;
  }

  /** Locks the declaration row and checks membership and status again inside the transaction. */
  private async lockEditableDeclaration(
    applicant: ApplicantPrincipal,
    ref: CargoDeclarationRef,
    transaction: Transaction,
  ): Promise<void> {
    const declaration = await this.findMemberDeclaration(applicant, ref, transaction);
    assertEditableStatus(declaration);
  }
}

function assertEditableStatus(declaration: DeclarationModel): void {
  if (!EDITABLE_STATUSES.includes(declaration.status)) {
    throw new InvalidStatusTransitionError('declarationNotEditable');
  }
}
