const DATE_ONLY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Time zone of the gate. Timestamps are stored in UTC and shown in this zone. */
export const GATE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Formats a `YYYY-MM-DD` date-only value as dd/MM/yyyy by rearranging its parts.
 * It never goes through `new Date(value)`, which reads the string as UTC midnight and shows the
 * previous day west of UTC. A value that is not `YYYY-MM-DD` is returned unchanged.
 */
export function formatDateOnly(value: string | null | undefined): string {
  if (!value) {
    return '';
  }

  const match = DATE_ONLY_PATTERN.exec(value);
  if (!match) {
    return value;
  }

  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

/** Formats an ISO 8601 timestamp as dd/MM/yyyy HH:mm in a time zone, Asia/Ho_Chi_Minh by default. */
export function formatTimestamp(value: string | null | undefined, timeZone = GATE_TIME_ZONE): string {
  if (!value) {
    return '';
  }

  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    return value;
  }

  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value;

  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/**
 * Formats a value that may be a date-only string or a timestamp, such as a result's validity bounds.
 * Date-only values keep their calendar day, and timestamps are shown in the gate's time zone.
 */
export function formatDateOrTimestamp(value: string | null | undefined): string {
  if (value && DATE_ONLY_PATTERN.test(value)) {
    return formatDateOnly(value);
  }

  return formatTimestamp(value);
}
