import { randomUUID } from 'node:crypto';

import type { CounterPhotoRef, CounterPhotoUpload } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { ValidationError, type FieldIssue } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { OfficerPrincipal } from '../../lib/principal';
import { cleanOriginalFileName } from '../traveller-photos/original-file-name';
import type { PhotoUpload } from '../traveller-photos/photo-upload';
import { PhotoRejectedError, toPortraitJpeg } from '../traveller-photos/portrait-image';
import type { TravellerPhotoFiles } from '../traveller-photos/traveller-photo-files';
import { savePhoto } from '../traveller-photos/traveller-photos.repository';
import {
  deleteCounterPhotoUploads,
  deleteUnusedCounterPhotoUploads,
  insertCounterPhotoUpload,
  lockCounterPhotoUploads,
  type CounterPhotoUploadRow,
} from './counter-photos.repository';

/** Path of an uploaded portrait in field errors: the request has one file, `photo`. */
const UPLOAD_FIELD_PATH = ['photo'];

/** Counter portraits claimed by a filing: each upload row with the traveller position it is for. */
export type ClaimedCounterPhotos = { position: number; upload: CounterPhotoUploadRow }[];

/**
 * Portraits taken or chosen at the counter. The image goes through the traveller photo pipeline
 * (content check, re-encoding to a 600 × 800 JPEG without metadata) and waits under an opaque id
 * until the filing attaches it, so no image or name ever travels in a URL.
 */
export class CounterPhotosService {
  private readonly log: Logger;

  constructor(
    private readonly sequelize: Sequelize,
    private readonly files: TravellerPhotoFiles,
    logger: Logger,
  ) {
    this.log = logger.child({ module: 'assisted-filing' });
  }

  /** Re-encodes and stores a portrait for a filing that the officer has not sent yet. */
  async upload(officer: OfficerPrincipal, upload: PhotoUpload): Promise<CounterPhotoUpload> {
    await this.sweepUnused();

    const portrait = await this.reencode(upload);
    const storageKey = await this.files.store(portrait.jpeg);
    const id = randomUUID();
    try {
      await insertCounterPhotoUpload(this.sequelize, {
        id,
        officerId: officer.id,
        storageKey,
        byteSize: portrait.jpeg.length,
        width: portrait.width,
        height: portrait.height,
        originalName: cleanOriginalFileName(upload.fileName),
      });
    } catch (error) {
      await this.files.removeUnused([storageKey]);
      throw error;
    }

    this.log.info(
      { event: 'counter_photo.uploaded', uploadId: id, officerId: officer.id },
      'Counter portrait stored',
    );
    return { uploadId: id, width: portrait.width, height: portrait.height };
  }

  /**
   * Locks the officer's uploads that a filing names and checks each one: it must still exist
   * and be for a traveller of the filing. Returns the issues, at `travellers.N.photo`, and the
   * uploads to attach once the travellers are stored.
   */
  async claim(
    transaction: Transaction,
    officerId: string,
    photos: readonly CounterPhotoRef[],
    travellerCount: number,
  ): Promise<{ issues: FieldIssue[]; claimed: ClaimedCounterPhotos }> {
    const uploads = await lockCounterPhotoUploads(
      transaction,
      officerId,
      photos.map((photo) => photo.uploadId),
    );

    const issues: FieldIssue[] = [];
    const claimed: ClaimedCounterPhotos = [];
    photos.forEach((photo, index) => {
      const upload = uploads.get(photo.uploadId);
      if (photo.position >= travellerCount) {
        issues.push({ path: ['photos', index, 'position'], code: 'invalid' });
      } else if (!upload) {
        issues.push({ path: ['travellers', photo.position, 'photo'], code: 'photoUploadExpired' });
      } else {
        claimed.push({ position: photo.position, upload });
      }
    });
    return { issues, claimed };
  }

  /** Moves claimed uploads to the photos of the stored travellers, in the filing's transaction. */
  async attach(
    transaction: Transaction,
    declarationId: string,
    travellerIds: readonly string[],
    claimed: ClaimedCounterPhotos,
  ): Promise<void> {
    for (const { position, upload } of claimed) {
      await savePhoto(
        {
          declarationId,
          travellerId: travellerIds[position],
          storageKey: upload.storageKey,
          byteSize: upload.byteSize,
          width: upload.width,
          height: upload.height,
          originalName: upload.originalName,
        },
        transaction,
      );
    }
    await deleteCounterPhotoUploads(
      transaction,
      claimed.map(({ upload }) => upload.id),
    );
  }

  private async reencode(upload: PhotoUpload) {
    try {
      return await toPortraitJpeg(upload.bytes);
    } catch (error) {
      if (error instanceof PhotoRejectedError) {
        throw new ValidationError([{ path: UPLOAD_FIELD_PATH, code: error.reason }], 422, 'photoNotAccepted');
      }
      throw error;
    }
  }

  private async sweepUnused(): Promise<void> {
    const keys = await deleteUnusedCounterPhotoUploads(this.sequelize);
    if (keys.length > 0) {
      await this.files.removeUnused(keys);
      this.log.info({ event: 'counter_photo.swept', count: keys.length }, 'Unused counter portraits removed');
    }
  }
}
