import { Provider } from '@angular/core';
import { MAT_DATE_LOCALE, MatDateFormats } from '@angular/material/core';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { vi } from 'date-fns/locale/vi';

/**
 * Date formats of the datepicker inputs: typed and shown as dd/MM/yyyy in every language.
 * Parsing also accepts d/M/yyyy, and the adapter itself accepts ISO `yyyy-MM-dd` as typed.
 */
export const DATE_INPUT_FORMATS: MatDateFormats = {
  parse: {
    dateInput: ['dd/MM/yyyy', 'd/M/yyyy'],
  },
  display: {
    dateInput: 'dd/MM/yyyy',
    monthYearLabel: 'MM/yyyy',
    dateA11yLabel: 'PPP',
    monthYearA11yLabel: 'LLLL yyyy',
  },
};

/**
 * Provides the date-fns adapter with dd/MM/yyyy formats and the Vietnamese date-fns locale.
 * The adapter cannot use the default MAT_DATE_LOCALE, which is a locale id string. The language
 * service replaces the locale when the interface language changes.
 */
export function provideDateInputs(): Provider[] {
  return [...provideDateFnsAdapter(DATE_INPUT_FORMATS), { provide: MAT_DATE_LOCALE, useValue: vi }];
}
