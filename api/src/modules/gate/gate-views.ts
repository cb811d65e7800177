import type { GateCargo, GateRecord, GateTraveller, ScreeningFlag } from '@smartgate/shared-models';

import type { GateRecordRow } from './gate-records.repository';
import type { GateTravellerRow } from './gate-travellers.repository';
import type { GateVehicleRow } from './gate-vehicle.repository';

function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

/** Builds the officers' URL of a traveller's photo. */
function photoUrl(declarationId: string, position: number): string {
  return `/api/officer/declarations/${declarationId}/travellers/${position}/photo`;
}

function toGateTraveller(declarationId: string, row: GateTravellerRow): GateTraveller {
  return {
    position: row.position,
    fullName: row.fullName,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    nationality: row.nationality,
    documentType: row.documentType,
    documentNumber: row.documentNumber,
    documentExpiryDate: row.documentExpiryDate,
    photoUrl: row.hasPhoto ? photoUrl(declarationId, row.position) : null,
    crossing:
      row.outcome === null
        ? null
        : {
            outcome: row.outcome,
            recordedAt: isoOrNull(row.recordedAt)!,
            gateCode: row.crossingGateCode!,
            laneCode: row.crossingLaneCode!,
            refusalReason: row.refusalReason,
          },
  };
}

/** Builds the record that the lane screen shows from the stored rows. */
export function toGateRecord(
  record: GateRecordRow,
  travellers: GateTravellerRow[],
  vehicle: GateVehicleRow | null,
  cargo: GateCargo | null = null,
  screeningFlags: ScreeningFlag[] = [],
): GateRecord {
  return {
    declarationId: record.declarationId,
    referenceCode: record.referenceCode,
    resultNumber: record.resultNumber,
    gateCode: record.resultGateCode,
    direction: record.direction,
    plannedCrossingDate: record.plannedCrossingDate,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    firstCrossedAt: isoOrNull(record.firstCrossedAt),
    usedAt: isoOrNull(record.usedAt),
    travellers: travellers.map((traveller) => toGateTraveller(record.declarationId, traveller)),
    vehicle,
    cargo,
    screeningFlags,
  };
}
