import type { checkTrailerPlate } from '@smartgate/shared-models';

/** A translation key and its parameters, for a hint under a field. */
export interface HintText {
  key: string;
  params?: Record<string, string>;
}

/**
 * The hint under a plate field: the plate as it will be recorded once it passes the check, the
 * expected layout of a Vietnamese plate, or a general hint once another country is chosen.
 */
export function plateHint(
  plate: string,
  country: string | null,
  check: typeof checkTrailerPlate,
  role: 'vehicle' | 'trailer',
): HintText {
  if (country && plate.trim()) {
    const checked = check(plate, country);
    if (!('issue' in checked)) {
      return { key: 'vehicle.recordedAs', params: { plate: checked.display } };
    }
  }

  // Most trucks at the gate carry Vietnamese plates, so their layout is shown until another country is chosen.
  if (country === 'VNM' || country === null) {
    return { key: role === 'trailer' ? 'cargo.vehicle.trailerPlateHint' : 'cargo.vehicle.truckPlateHint' };
  }
  return { key: 'vehicle.plateHint' };
}
