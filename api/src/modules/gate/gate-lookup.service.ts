import type {
  CrossingMethod,
  GateLookupRequest,
  GateLookupView,
  GateVerdict,
} from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import type { AppContext } from '../../lib/app-context';
import { NotFoundError } from '../../lib/errors';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { OfficerRequest } from '../review/review.service';
import { screenDeclarations } from '../screening/screening';
import { requireDeskLane, type DeskLane } from './gate-access';
import { findDeskGate } from './gate-desks.repository';
import { findGateCargo } from './gate-cargo.repository';
import { findGateRecord, findGateRecordByDocument, type GateRecordRow } from './gate-records.repository';
import { findGateTravellers } from './gate-travellers.repository';
import { resultFindings, verdictOf } from './gate-verdict';
import { findGateVehicle } from './gate-vehicle.repository';
import { toGateRecord } from './gate-views';
import { findPlateReadMatches } from './plate-reads.repository';
import { readScanInput, type ScanInput } from './scan-input';

/** Outcome of a search before the view is built: a record, or the verdict that explains why there is none. */
type Found = { record: GateRecordRow } | { verdict: GateVerdict };

/** Looks up what the lane screen scanned and checks it against the lane. */
export class GateLookupService {
  private readonly sequelize: Sequelize;

  constructor(private readonly context: AppContext) {
    this.sequelize = context.sequelize;
  }

  /**
   * Finds the record behind a scan, typed number, MRZ or plate read, and returns its verdict at
   * the lane with the travellers' data. Every lookup is audited, those that find nothing too,
   * because they show which codes were tried at which lane.
   */
  async lookup({ officer, ip }: OfficerRequest, request: GateLookupRequest): Promise<GateLookupView> {
    const lane = await requireDeskLane(this.sequelize, officer, request.gateCode, request.laneCode);

    const { found, method } = await this.find(request, lane);
    const shown = 'record' in found ? await this.withinOfficerGates(found, officer.id) : found;
    const view =
      'record' in shown ? await this.view(shown.record, lane, method) : emptyView(shown.verdict, method);

    await recordOfficerAudit({
      officerId: officer.id,
      action: 'gate.lookup',
      declarationId: view.record?.declarationId,
      ip,
      details: { gateCode: lane.gateCode, laneCode: lane.laneCode, method, verdict: view.verdict },
    });
    return view;
  }

  /** Builds the view of a record at a lane; the crossing service returns it after recording too. */
  async view(record: GateRecordRow, lane: DeskLane, method: CrossingMethod): Promise<GateLookupView> {
    const travellers = await findGateTravellers(this.sequelize, record.declarationId);
    const vehicle = await findGateVehicle(this.sequelize, record.declarationId);
    const screening = (await screenDeclarations(this.sequelize, [record.declarationId])).get(
      record.declarationId,
    );
    const cargo = await findGateCargo(this.sequelize, record.declarationId);

    const findings = resultFindings(record, lane);
    return {
      verdict: verdictOf(findings),
      findings,
      method,
      record: toGateRecord(record, travellers, vehicle, cargo, screening?.flags ?? []),
    };
  }

  private async find(
    request: GateLookupRequest,
    lane: DeskLane,
  ): Promise<{ found: Found; method: CrossingMethod }> {
    if (request.source === 'plate') {
      return {
        found: await this.findPlateMatch(request.plateReadId, request.declarationId, lane),
        method: 'plate',
      };
    }

    const scan = readScanInput(request.scanInput, this.context.config);
    const method = crossingMethod(request.source, scan.kind);

    switch (scan.kind) {
      case 'token':
        return { found: await this.findOr({ token: scan.token }, 'tampered'), method };
      case 'resultNumber':
        return { found: await this.findOr({ resultNumber: scan.number }, 'not_found'), method };
      case 'referenceCode':
        return { found: await this.findOr({ referenceCode: scan.code }, 'not_found'), method };
      case 'mrz':
        return { found: await this.findByMrz(scan, lane), method };
      case 'notOurs':
        return { found: { verdict: 'not_ours' }, method };
      case 'tampered':
        return { found: { verdict: 'tampered' }, method };
      case 'unrecognized':
        return { found: { verdict: 'unrecognized' }, method };
    }
  }

  /**
   * Hides a record of a gate the officer is not assigned to behind a bare wrong-gate verdict.
   * Result numbers run in sequence, so without this an officer could read other gates'
   * travellers by typing numbers.
   */
  private async withinOfficerGates(found: { record: GateRecordRow }, officerId: string): Promise<Found> {
    const gate = await findDeskGate(this.sequelize, officerId, found.record.resultGateCode);
    return gate?.assigned ? found : { verdict: 'wrong_gate' };
  }

  private async findOr(key: Parameters<typeof findGateRecord>[1], missing: GateVerdict): Promise<Found> {
    const record = await findGateRecord(this.sequelize, key);
    return record ? { record } : { verdict: missing };
  }

  private async findByMrz(
    scan: Extract<ReturnType<typeof readScanInput>, { kind: 'mrz' }>,
    lane: DeskLane,
  ): Promise<Found> {
    if (!scan.valid || !scan.data) {
      return { verdict: 'invalid_mrz' };
    }
    const record = await findGateRecordByDocument(
      this.sequelize,
      { documentNumber: scan.data.documentNumber, nationality: scan.data.nationality },
      lane,
    );
    return record ? { record } : { verdict: 'not_found' };
  }

  /** Opens a declaration that a plate read of this gate matched; any other pair reads as not found. */
  private async findPlateMatch(plateReadId: number, declarationId: string, lane: DeskLane): Promise<Found> {
    const matches = await findPlateReadMatches(this.sequelize, plateReadId, lane.gateCode);
    if (matches === null || !matches.includes(declarationId)) {
      throw new NotFoundError();
    }
    return this.findOr({ declarationId }, 'not_found');
  }
}

/** Names how the record was found: a camera scan, a scanner's URL, a desk reader's MRZ, or typing. */
function crossingMethod(source: 'keyboard' | 'camera', kind: ScanInput['kind']): CrossingMethod {
  if (source === 'camera') {
    return 'camera';
  }
  if (kind === 'token') {
    return 'qr_scanner';
  }
  return kind === 'mrz' ? 'mrz' : 'typed';
}

function emptyView(verdict: GateVerdict, method: CrossingMethod): GateLookupView {
  return { verdict, findings: [verdict], method, record: null };
}
