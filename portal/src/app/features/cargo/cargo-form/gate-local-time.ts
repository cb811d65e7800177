/** Time zone of the gates: planned arrivals are typed and shown in it, whatever the browser's zone. */
export const GATE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const PARTS_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: GATE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A wall-clock date and time at the gate: `YYYY-MM-DD` and `HH:mm`. */
export interface GateLocalTime {
  date: string;
  time: string;
}

/** Reads an instant as the date and time that clocks at the gate show. */
export function toGateLocalTime(instant: Date): GateLocalTime {
  const parts = Object.fromEntries(
    PARTS_FORMAT.formatToParts(instant).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

/**
 * Returns the instant at which clocks at the gate show `date` and `time`, or null when either is
 * blank or malformed. The zone's offset is read from Intl rather than fixed at +07:00, so the
 * conversion stays right for any zone the tz database changes.
 */
export function fromGateLocalTime(date: string, time: string): Date | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!dateMatch || !timeMatch) {
    return null;
  }

  const wallClock = Date.UTC(
    Number(dateMatch[1]),
    Number(dateMatch[2]) - 1,
    Number(dateMatch[3]),
    Number(timeMatch[1]),
    Number(timeMatch[2]),
  );
  const offset = zoneOffsetMs(new Date(wallClock));
  return new Date(wallClock - offset);
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function zoneOffsetMs(instant: Date): number {
  const local = toGateLocalTime(instant);
  const [year, month, day] = local.date.split('-').map(Number);
  const [hour, minute] = local.time.split(':').map(Number);
  const seconds = instant.getUTCSeconds();
  const shown = Date.UTC(year, month - 1, day, hour, minute, seconds);
  return shown - (instant.getTime() - instant.getUTCMilliseconds());
}
