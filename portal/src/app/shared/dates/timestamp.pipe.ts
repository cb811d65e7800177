import { Pipe, PipeTransform } from '@angular/core';

const GATE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// en-GB gives the dd/MM/yyyy, HH:mm layout used across the portal, whatever the interface language.
const TIMESTAMP_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: GATE_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Shows an ISO 8601 timestamp as dd/MM/yyyy, HH:mm in the gate's time zone (Asia/Ho_Chi_Minh). */
@Pipe({ name: 'sgTimestamp' })
export class TimestampPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    if (!value) {
      return '';
    }

    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? value : TIMESTAMP_FORMAT.format(instant);
  }
}
