import { Pipe, PipeTransform } from '@angular/core';

import { formatDateOnly } from './date-only';

/** Shows a `YYYY-MM-DD` date as dd/MM/yyyy. */
@Pipe({ name: 'sgDateOnly' })
export class DateOnlyPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatDateOnly(value);
  }
}
