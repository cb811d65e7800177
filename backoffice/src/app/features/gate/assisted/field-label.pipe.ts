import { Pipe, type PipeTransform } from '@angular/core';
import { fieldLabel } from '@smartgate/shared-models';

/**
 * Names a declaration field with the shared catalog's label, the name that the validation
 * messages of the portal and the API use for it. Pass the language so the pipe reruns when it changes.
 */
@Pipe({ name: 'fieldLabel' })
export class FieldLabelPipe implements PipeTransform {
  transform(field: string, language: string): string {
    return fieldLabel([field], language);
  }
}
