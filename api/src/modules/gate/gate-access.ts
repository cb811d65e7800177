import { todayInTimeZone, type Direction } from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { ForbiddenError, ValidationError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { findDeskGate, findLane } from './gate-desks.repository';

/** A gate the officer is assigned to, with today's date there. */
export interface DeskGate {
  gateCode: string;
  timeZone: string;
  today: string;
}

/** A lane of a gate the officer is assigned to. */
export interface DeskLane extends DeskGate {
  laneCode: string;
  direction: Direction | null;
}

/**
 * Checks that the gate exists and is one of the officer's gates. An unknown gate is a field
 * error; a gate of another officer's assignment is 403, so the lane screen shows why.
 */
export async function requireDeskGate(
  sequelize: Sequelize,
  officer: OfficerPrincipal,
  gateCode: string,
): Promise<DeskGate> {
  const gate = await findDeskGate(sequelize, officer.id, gateCode);
  if (!gate) {
    throw new ValidationError([{ path: ['gateCode'], code: 'unknownGate' }]);
  }
  if (!gate.assigned) {
    throw new ForbiddenError('gateNotAssigned');
  }
  return { gateCode: gate.code, timeZone: gate.timeZone, today: todayInTimeZone(gate.timeZone) };
}

/** Checks the gate as `requireDeskGate` does, and that the lane is an active lane of it. */
export async function requireDeskLane(
  sequelize: Sequelize,
  officer: OfficerPrincipal,
  gateCode: string,
  laneCode: string,
): Promise<DeskLane> {
  const gate = await requireDeskGate(sequelize, officer, gateCode);

  const lane = await findLane(sequelize, gate.gateCode, laneCode);
  if (!lane) {
    throw new ValidationError([{ path: ['laneCode'], code: 'invalidOption' }]);
  }
  return { ...gate, laneCode: lane.code, direction: lane.direction };
}
