import { Pipe, type PipeTransform } from '@angular/core';

import { formatDateOnly, formatDateOrTimestamp, formatTimestamp } from './date-format';

/** Shows a `YYYY-MM-DD` value as dd/MM/yyyy without converting it to a timestamp. */
@Pipe({ name: 'dateOnly' })
export class DateOnlyPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatDateOnly(value);
  }
}

/** Shows an ISO timestamp as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
@Pipe({ name: 'gateTime' })
export class GateTimePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatTimestamp(value);
  }
}

/** Shows a value that may be date-only or a timestamp, keeping a date-only value's calendar day. */
@Pipe({ name: 'dateOrTime' })
export class DateOrTimePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatDateOrTimestamp(value);
  }
}
