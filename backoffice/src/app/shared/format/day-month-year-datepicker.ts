import { inject, type Provider } from '@angular/core';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { MAT_DATE_LOCALE, type MatDateFormats } from '@angular/material/core';
import { enGB } from 'date-fns/locale/en-GB';
import { vi } from 'date-fns/locale/vi';

import { LanguageState } from '../../core/i18n/language-state';

/** Dates are typed and shown as dd/MM/yyyy in both languages. */
const DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: ['dd/MM/yyyy', 'd/M/yyyy'] },
  display: {
    dateInput: 'dd/MM/yyyy',
    monthYearLabel: 'MM/yyyy',
    dateA11yLabel: 'PPP',
    monthYearA11yLabel: 'LLLL yyyy',
  },
};

/** Providers for a component whose Material datepickers read and show dd/MM/yyyy in the officer's language. */
export function provideDayMonthYearDatepicker(): Provider[] {
  return [
    provideDateFnsAdapter(DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useFactory: () => (inject(LanguageState).current() === 'vi' ? vi : enGB) },
  ];
}
