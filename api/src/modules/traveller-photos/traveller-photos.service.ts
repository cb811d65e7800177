import type { TravellerPhotoStatus } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { InvalidStatusTransitionError, NotFoundError, ValidationError } from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import { EDITABLE_STATUSES } from '../declarations/declaration-editing';
import { DeclarationModel } from '../declarations/declarations.models';
import { cleanOriginalFileName } from './original-file-name';
import { assertPhotoAccess } from './photo-access';
import type { PhotoUpload } from './photo-upload';
import { PhotoRejectedError, toPortraitJpeg, type PortraitJpeg } from './portrait-image';
import type { TravellerPhotoFiles } from './traveller-photo-files';
import { toPhotoStatus } from './traveller-photo-views';
import {
  deletePhoto,
  findPhoto,
  findTravellerIdAt,
  lockDeclaration,
  savePhoto,
} from './traveller-photos.repository';

/** Path of a traveller's photo in field errors, such as `travellers.1.photo`. */
export function photoFieldPath(position: number): (string | number)[] {
  return ['travellers', position, 'photo'];
}

/** The columns of a declaration that the access check and the status check read. */
const ACCESS_ATTRIBUTES = ['kind', 'applicantId', 'businessId', 'status'] as const;

/**
 * The applicant's side of portrait photos. Every method first checks that the applicant may
 * handle the declaration's photos (`assertPhotoAccess`): their own crossing, or a cargo
 * declaration of a business they belong to. Any other declaration looks exactly like a missing one. Photos
 * change only while the declaration is editable, and a change does not advance the
 * declaration's version, so an upload never conflicts with the form saving its fields.
 */
export class TravellerPhotosService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly files: TravellerPhotoFiles,
  ) {}

  /**
   * Checks, before the upload is read, that the applicant may change the photo of this traveller,
   * and returns the declaration's kind, which names the traveller in field errors.
   */
  async assertEditable(
    applicant: ApplicantPrincipal,
    declarationId: string,
    position: number,
  ): Promise<'travel' | 'cargo'> {
    const declaration = await DeclarationModel.findOne({
      where: { id: declarationId },
      attributes: [...ACCESS_ATTRIBUTES],
    });
    if (!declaration) {
      throw new NotFoundError();
    }
    await assertPhotoAccess(this.sequelize, applicant, declaration);
    if (!EDITABLE_STATUSES.includes(declaration.status)) {
      throw new InvalidStatusTransitionError('declarationNotEditable');
    }
    if ((await findTravellerIdAt(declarationId, position)) === null) {
      throw new NotFoundError();
    }
    return declaration.kind;
  }

  /**
   * Re-encodes and stores a traveller's photo, replacing the current one. The new file is
   * written before the transaction and removed if it fails; the replaced file is removed after
   * the commit.
   */
  async upload(
    applicant: ApplicantPrincipal,
    declarationId: string,
    position: number,
    upload: PhotoUpload,
  ): Promise<TravellerPhotoStatus> {
    const portrait = await this.reencode(upload, position);
    // NOTE: a crash between this write and the commit leaves a file that no row points to, and
    // nothing sweeps the photo folder yet, unlike the results folder.
    const storageKey = await this.files.store(portrait.jpeg);

    let saved: { status: TravellerPhotoStatus; previousKey: string | null };
    try {
      saved = await this.sequelize.transaction(async (transaction) => {
        const travellerId = await this.lockEditableTraveller(applicant, declarationId, position, transaction);
        const { saved, previousKey } = await savePhoto(
          {
            declarationId,
            travellerId,
            storageKey,
            byteSize: portrait.jpeg.length,
            width: portrait.width,
            height: portrait.height,
            originalName: cleanOriginalFileName(upload.fileName),
          },
          transaction,
        );
        return { status: toPhotoStatus({ position, travellerId }, saved), previousKey };
      });
    } catch (error) {
      await this.files.removeUnused([storageKey]);
      throw error;
    }

    await this.files.removeUnused([saved.previousKey]);
    return saved.status;
  }

  /** Removes a traveller's photo. Removing a photo that does not exist is not an error. */
  async remove(applicant: ApplicantPrincipal, declarationId: string, position: number): Promise<void> {
    const removedKey = await this.sequelize.transaction(async (transaction) => {
      const travellerId = await this.lockEditableTraveller(applicant, declarationId, position, transaction);
      return deletePhoto(declarationId, travellerId, transaction);
    });

    await this.files.removeUnused([removedKey]);
  }

  /** Reads the photo of a traveller of a declaration the applicant may see, in any status. */
  async read(applicant: ApplicantPrincipal, declarationId: string, position: number): Promise<Buffer> {
    const declaration = await DeclarationModel.findOne({
      where: { id: declarationId },
      attributes: [...ACCESS_ATTRIBUTES],
    });
    if (!declaration) {
      throw new NotFoundError();
    }
    await assertPhotoAccess(this.sequelize, applicant, declaration);

    return this.readPhoto(declarationId, position);
  }

  /** Reads a traveller's photo without an access check: the caller has made it. */
  async readPhoto(declarationId: string, position: number): Promise<Buffer> {
    const travellerId = await findTravellerIdAt(declarationId, position);
    const photo = travellerId ? await findPhoto(declarationId, travellerId) : null;
    const jpeg = photo ? await this.files.read(photo.storageKey) : null;
    if (!jpeg) {
      throw new NotFoundError();
    }
    return jpeg;
  }

  private async reencode(upload: PhotoUpload, position: number): Promise<PortraitJpeg> {
    try {
      return await toPortraitJpeg(upload.bytes);
    } catch (error) {
      if (error instanceof PhotoRejectedError) {
        const issue = { path: photoFieldPath(position), code: error.reason };
        throw new ValidationError([issue], 422, 'photoNotAccepted');
      }
      throw error;
    }
  }

  /**
   * Locks the declaration row and returns the id of the traveller now at `position`. The draft
   * may have changed since `assertEditable`, so access, status and traveller are checked again.
   */
  private async lockEditableTraveller(
    applicant: ApplicantPrincipal,
    declarationId: string,
    position: number,
    transaction: Transaction,
  ): Promise<string> {
    const declaration = await lockDeclaration(declarationId, transaction);
    if (!declaration) {
      throw new NotFoundError();
    }
    await assertPhotoAccess(this.sequelize, applicant, declaration, transaction);
    if (!EDITABLE_STATUSES.includes(declaration.status)) {
      throw new InvalidStatusTransitionError('declarationNotEditable');
    }

    const travellerId = await findTravellerIdAt(declarationId, position, transaction);
    if (travellerId === null) {
      throw new NotFoundError();
    }
    return travellerId;
  }
}
