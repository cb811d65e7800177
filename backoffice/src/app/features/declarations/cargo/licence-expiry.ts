import { todayInTimeZone } from '@smartgate/shared-models';

/** The gate's time zone, in which a licence's last valid day and the arrival day are counted. */
const GATE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Tells whether a transport licence, valid through `expiry` (`YYYY-MM-DD`), has lapsed by the
 * planned arrival or by today, whichever is later. Dates compare as strings, never as timestamps.
 */
export function isLicenceExpired(
  expiry: string | null | undefined,
  plannedArrivalAt: string | null | undefined,
  now: Date = new Date(),
): boolean {
  if (!expiry) {
    return false;
  }

  const today = todayInTimeZone(GATE_TIME_ZONE, now);
  const arrivalDay = plannedArrivalAt ? todayInTimeZone(GATE_TIME_ZONE, new Date(plannedArrivalAt)) : today;
  return expiry < today || expiry < arrivalDay;
}
