import { Pipe, type PipeTransform, inject } from '@angular/core';

import { LanguageState } from '../../core/i18n/language-state';
import { formatDecimal } from './decimal-format';

/**
 * Shows a decimal string with the separators of the interface language, such as `30.000,1` in
 * Vietnamese. An absent value stays absent so the template can show its own placeholder. The pipe
 * is impure so a language switch reformats the numbers already on screen.
 */
@Pipe({ name: 'decimalText', pure: false })
export class DecimalTextPipe implements PipeTransform {
  private readonly language = inject(LanguageState);

  transform(value: string | null | undefined): string | null {
    return value === null || value === undefined ? null : formatDecimal(value, this.language.current());
  }
}
