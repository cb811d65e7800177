import { Injectable, signal } from '@angular/core';
import type { GateDesk, GateLane } from '@smartgate/shared-models';

/** The gate and lane an officer works at during a shift. */
export interface LaneChoice {
  gateCode: string;
  laneCode: string;
}

/** A chosen lane found among the officer's desks, with its gate. */
export interface ChosenLane {
  desk: GateDesk;
  lane: GateLane;
}

/** Finds the chosen lane among the officer's desks; null when it is no longer one of their lanes. */
export function findChosenLane(
  desks: readonly GateDesk[] | null,
  choice: LaneChoice | null,
): ChosenLane | null {
  const desk = desks?.find((candidate) => candidate.code === choice?.gateCode);
  const lane = desk?.lanes.find((candidate) => candidate.code === choice?.laneCode);
  return desk && lane ? { desk, lane } : null;
}

/** Names a lane with its gate in the interface language, such as "Le Thanh … – Lane 2 – exit". */
export function chosenLaneName({ desk, lane }: ChosenLane, language: string): string {
  return language === 'vi' ? `${desk.nameVi} – ${lane.nameVi}` : `${desk.nameEn} – ${lane.nameEn}`;
}

const STORAGE_KEY = 'sg.gate.lane';

/**
 * The lane this browser works at, kept in local storage so the officer picks it once per shift
 * and a reload keeps it. It stores codes only, nothing personal.
 */
@Injectable({ providedIn: 'root' })
export class LaneChoiceStore {
  private readonly stored = signal<LaneChoice | null>(readStoredChoice());

  readonly choice = this.stored.asReadonly();

  choose(choice: LaneChoice): void {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
    this.stored.set(choice);
  }

  forget(): void {
    localStorage.removeItem(STORAGE_KEY);
    this.stored.set(null);
  }
}

function readStoredChoice(): LaneChoice | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    const { gateCode, laneCode } = (value ?? {}) as Partial<LaneChoice>;
    return typeof gateCode === 'string' && typeof laneCode === 'string' ? { gateCode, laneCode } : null;
  } catch {
    return null;
  }
}
