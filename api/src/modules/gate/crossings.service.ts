import type { CrossingRequest, GateLookupView, RefusalRequest } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import type { AppContext } from '../../lib/app-context';
import type { Logger } from '../../lib/logger';
import { NotFoundError, ValidationError } from '../../lib/errors';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { OfficerRequest } from '../review/review.service';
import { insertCrossings, markResultCrossings, type CrossingInsert } from './crossings.repository';
import { requireDeskLane, type DeskLane } from './gate-access';
import { CrossingConflictError, CrossingNotAllowedError } from './gate-errors';
import type { GateLookupService } from './gate-lookup.service';
import { findGateRecord, type GateRecordRow } from './gate-records.repository';
import { findGateTravellers, type GateTravellerRow } from './gate-travellers.repository';
import { resultFindings } from './gate-verdict';
import { scanToRecordMs } from './scan-timing';

/** Records crossings and refusals at a lane, each in one transaction with its audit row. */
export class CrossingsService {
  private readonly sequelize: Sequelize;
  private readonly log: Logger;

  constructor(
    context: AppContext,
    private readonly lookups: GateLookupService,
  ) {
    this.sequelize = context.sequelize;
    this.log = context.logger.child({ module: 'gate' });
  }

  /**
   * Records the crossing of the ticked travellers, or of all who have not crossed yet. The result
   * row is locked first, so of two lanes recording the same declaration at once one records and
   * the other gets 409. The result becomes used when no traveller is left to cross.
   */
  async record({ officer, ip }: OfficerRequest, request: CrossingRequest): Promise<GateLookupView> {
    const lane = await requireDeskLane(this.sequelize, officer, request.gateCode, request.laneCode);

    const declarationId = await this.sequelize.transaction(async (transaction) => {
      const record = await this.lockCrossable(request.declarationId, lane, transaction);
      assertMethodFits(record, request.method);
      const travellers = await findGateTravellers(this.sequelize, record.declarationId, transaction);
      const positions = positionsToRecord(travellers, request.travellerPositions);

      const recordedAt = new Date();
      const scannedAt = new Date(request.scannedAt);
      const elapsed = scanToRecordMs(scannedAt, recordedAt);
      if (elapsed === null) {
        this.log.warn(
          {
            event: 'gate.crossing.scan_time_out_of_bounds',
            declarationId: record.declarationId,
            laneCode: lane.laneCode,
          },
          'The scan time sent by the lane screen is out of bounds, so the crossing is stored without a scan time',
        );
      }

      const base = crossingBase(record, lane, officer.id, recordedAt);
      const crossings = positions.map((position): CrossingInsert => ({
        ...base,
        travellerPosition: position,
        outcome: 'crossed',
        refusalReason: null,
        method: request.method,
        scannedAt,
        scanToRecordMs: elapsed,
      }));
      await insertCrossings(this.sequelize, transaction, crossings);
      await markResultCrossings(this.sequelize, transaction, record.resultId, recordedAt);
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'gate.crossing.recorded',
          declarationId: record.declarationId,
          ip,
          details: {
            gateCode: lane.gateCode,
            laneCode: lane.laneCode,
            method: request.method,
            positions,
            scanToRecordMs: elapsed,
          },
        },
        transaction,
      );
      return record.declarationId;
    });

    return this.currentView(declarationId, lane, request.method);
  }

  /** Records that one traveller was refused at the gate, with the officer's reason. */
  async refuse({ officer, ip }: OfficerRequest, request: RefusalRequest): Promise<GateLookupView> {
    const lane = await requireDeskLane(this.sequelize, officer, request.gateCode, request.laneCode);

    const declarationId = await this.sequelize.transaction(async (transaction) => {
      const record = await this.lockCrossable(request.declarationId, lane, transaction);
      assertMethodFits(record, request.method);
      const travellers = await findGateTravellers(this.sequelize, record.declarationId, transaction);
      const [position] = positionsToRecord(travellers, [request.travellerPosition], () => [
        'travellerPosition',
      ]);

      const recordedAt = new Date();
      await insertCrossings(this.sequelize, transaction, [
        {
          ...crossingBase(record, lane, officer.id, recordedAt),
          travellerPosition: position,
          outcome: 'refused',
          refusalReason: request.reason,
          method: request.method,
          scannedAt: null,
          scanToRecordMs: null,
        },
      ]);
      await markResultCrossings(this.sequelize, transaction, record.resultId, recordedAt);
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'gate.traveller.refused',
          declarationId: record.declarationId,
          ip,
          details: { gateCode: lane.gateCode, laneCode: lane.laneCode, position },
        },
        transaction,
      );
      return record.declarationId;
    });

    return this.currentView(declarationId, lane, request.method);
  }

  /**
   * Locks the result of a declaration and checks that it allows crossings at the lane today.
   * A used result means another lane finished the declaration first, so it is a conflict too.
   */
  private async lockCrossable(
    declarationId: string,
    lane: DeskLane,
    transaction: Transaction,
  ): Promise<GateRecordRow> {
    const record = await findGateRecord(this.sequelize, { declarationId }, { transaction, lock: true });
    if (!record) {
      throw new NotFoundError();
    }

    const findings = resultFindings(record, lane);
    if (findings.includes('used')) {
      throw new CrossingConflictError();
    }
    if (findings.length > 0) {
      throw new CrossingNotAllowedError();
    }
    return record;
  }

  private async currentView(
    declarationId: string,
    lane: DeskLane,
    method: CrossingRequest['method'],
  ): Promise<GateLookupView> {
    const record = await findGateRecord(this.sequelize, { declarationId });
    return this.lookups.view(record!, lane, method);
  }
}

/** Accepts the `counter` method only for a declaration filed at the counter, so the lanes' scan times stay apart from it. */
function assertMethodFits(record: GateRecordRow, method: CrossingRequest['method']): void {
  if (method === 'counter' && !record.filedAtCounter) {
    throw new ValidationError([{ path: ['method'], code: 'invalidOption' }]);
  }
}

function crossingBase(record: GateRecordRow, lane: DeskLane, officerId: string, recordedAt: Date) {
  return {
    declarationId: record.declarationId,
    resultId: record.resultId,
    gateCode: lane.gateCode,
    laneCode: lane.laneCode,
    officerId,
    recordedAt,
  };
}

/**
 * Chooses the travellers to record: the requested positions, each of which must exist and not
 * be recorded yet, or every traveller not recorded yet.
 */
function positionsToRecord(
  travellers: GateTravellerRow[],
  requested: number[] | undefined,
  fieldPath: (index: number) => (string | number)[] = (index) => ['travellerPositions', index],
): number[] {
  const open = travellers
    .filter((traveller) => traveller.outcome === null)
    .map((traveller) => traveller.position);
  if (requested === undefined) {
    if (open.length === 0) {
      throw new CrossingConflictError();
    }
    return open;
  }

  const known = new Set(travellers.map((traveller) => traveller.position));
  const unknown = requested.findIndex((position) => !known.has(position));
  if (unknown >= 0) {
    throw new ValidationError([{ path: fieldPath(unknown), code: 'invalid' }]);
  }
  if (requested.some((position) => !open.includes(position))) {
    throw new CrossingConflictError();
  }
  return [...requested].sort((left, right) => left - right);
}
