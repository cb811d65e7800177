import {
  plateSearchKey,
  todayInTimeZone,
  type PlateReadEvent,
  type PlateReadSubmission,
} from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import type { AppContext } from '../../lib/app-context';
import { ValidationError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { CameraMismatchError } from './gate-errors';
import { gateEventHub, type GateEventHub } from './gate-events';
import type { ActiveCamera } from './plate-cameras.repository';
import { findPlateMatches } from './plate-matches.repository';
import { insertPlateRead } from './plate-reads.repository';

/** Receipt that the camera system gets for an accepted read. */
export interface PlateReadReceipt {
  id: number;
  matchCount: number;
}

/** Stores camera plate reads, matches them with today's declarations and notifies the gate's lane screens. */
export class PlateReadsService {
  private readonly sequelize: Sequelize;
  private readonly hub: GateEventHub;
  private readonly log: Logger;

  constructor(context: AppContext) {
    this.sequelize = context.sequelize;
    this.hub = gateEventHub(context);
    this.log = context.logger.child({ module: 'gate' });
  }

  /**
   * Stores one read of an authenticated camera with the declarations it matches. The lane
   * screens hear of it only after the read is committed, so nothing they show can be lost.
   */
  async submit(camera: ActiveCamera, submission: PlateReadSubmission): Promise<PlateReadReceipt> {
    if (submission.cameraId !== camera.id) {
      throw new CameraMismatchError();
    }
    const searchKey = plateSearchKey(submission.plate);
    if (searchKey === '') {
      throw new ValidationError([{ path: ['plate'], code: 'required' }], 422, 'invalidRequest');
    }

    const today = todayInTimeZone(camera.timeZone);
    const { id, matches } = await this.sequelize.transaction(async (transaction) => {
      const found = await findPlateMatches(
        this.sequelize,
        { gateCode: camera.gateCode, searchKey, today },
        transaction,
      );
      const stored = await insertPlateRead(this.sequelize, transaction, {
        cameraId: camera.id,
        gateCode: camera.gateCode,
        laneCode: camera.laneCode,
        plateText: submission.plate,
        plateSearchKey: searchKey,
        confidence: submission.confidence,
        capturedAt: new Date(submission.capturedAt),
        imageReference: submission.imageReference ?? null,
        matchedDeclarationIds: found.map((match) => match.declarationId),
      });
      return { id: stored.id, matches: found };
    });

    const event: PlateReadEvent = {
      id,
      gateCode: camera.gateCode,
      laneCode: camera.laneCode,
      cameraName: camera.name,
      plate: submission.plate,
      confidence: submission.confidence,
      capturedAt: new Date(submission.capturedAt).toISOString(),
      matches,
    };
    this.hub.publish(camera.gateCode, { type: 'plate-read', data: event });
    // Debug level: a busy camera posts several reads a second.
    this.log.debug(
      { event: 'gate.plate_read.stored', cameraId: camera.id, plateReadId: id, matchCount: matches.length },
      'Plate read stored',
    );
    return { id, matchCount: matches.length };
  }
}
