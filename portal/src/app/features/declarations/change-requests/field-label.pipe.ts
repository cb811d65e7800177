import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { fieldPathSegments } from '@smartgate/shared-models';

import { TRAVELLER_LABEL_KEYS, translateFieldLabel } from '../../../shared/forms/validation-text';

/**
 * Names a field by its dotted path in the current language, such as "Companion 1 – Document
 * number" for `travellers.1.documentNumber`. Pass the language so the pipe runs again when it changes.
 */
@Pipe({ name: 'sgFieldLabel' })
export class FieldLabelPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);
  private readonly travellerLabels = inject(TRAVELLER_LABEL_KEYS);

  transform(path: string, language: string): string {
    void language;
    return translateFieldLabel(this.translate, fieldPathSegments(path), this.travellerLabels);
  }
}
