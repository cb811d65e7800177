import type { IssuedPlateCamera, PlateCameraCreation, PlateCameraView } from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { NotFoundError, ValidationError } from '../../lib/errors';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { OfficerRequest } from '../review/review.service';
import { issueCameraKey } from './camera-keys';
import { findDeskGate, findLane } from './gate-desks.repository';
import { insertPlateCamera, listPlateCameras, revokePlateCamera } from './plate-cameras.repository';

/** Administrators' management of licence-plate cameras and their API keys. The caller has checked the role. */
export class CameraAdminService {
  constructor(private readonly sequelize: Sequelize) {}

  list(): Promise<PlateCameraView[]> {
    return listPlateCameras(this.sequelize);
  }

  /** Registers a camera and issues its key. The key is returned this once; only its hash is stored. */
  async issue({ officer, ip }: OfficerRequest, creation: PlateCameraCreation): Promise<IssuedPlateCamera> {
    await this.checkPlacement(officer.id, creation);
    const key = issueCameraKey();

    const camera = await this.sequelize.transaction(async (transaction) => {
      const inserted = await insertPlateCamera(this.sequelize, transaction, {
        name: creation.cameraName,
        gateCode: creation.gateCode,
        laneCode: creation.laneCode ?? null,
        keyHash: key.keyHash,
        keyPrefix: key.keyPrefix,
        createdBy: officer.id,
      });
      await recordOfficerAudit(
        { officerId: officer.id, action: 'camera.key.issued', ip, details: { cameraId: inserted.id } },
        transaction,
      );
      return inserted;
    });
    return { camera, apiKey: key.apiKey };
  }

  /** Revokes a camera's key at once: its next read gets 401. */
  async revoke({ officer, ip }: OfficerRequest, cameraId: string): Promise<PlateCameraView> {
    return this.sequelize.transaction(async (transaction) => {
      const camera = await revokePlateCamera(this.sequelize, transaction, cameraId, officer.id);
      if (!camera) {
        throw new NotFoundError();
      }
      await recordOfficerAudit(
        { officerId: officer.id, action: 'camera.key.revoked', ip, details: { cameraId } },
        transaction,
      );
      return camera;
    });
  }

  private async checkPlacement(officerId: string, creation: PlateCameraCreation): Promise<void> {
    const gate = await findDeskGate(this.sequelize, officerId, creation.gateCode);
    if (!gate) {
      throw new ValidationError([{ path: ['gateCode'], code: 'unknownGate' }]);
    }
    if (creation.laneCode && !(await findLane(this.sequelize, creation.gateCode, creation.laneCode))) {
      throw new ValidationError([{ path: ['laneCode'], code: 'invalidOption' }]);
    }
  }
}
