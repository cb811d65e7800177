import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { validationMessage } from '@smartgate/shared-models';

/**
 * Renders a control's first error with the shared catalog, naming the field as the API does,
 * for example "Lý do: chưa nhập. Vui lòng điền thông tin này." Pass the language so the pipe
 * reruns when it changes.
 */
@Pipe({ name: 'validationMessage' })
export class ValidationMessagePipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined, field: string, language: string): string {
    const key = errors ? Object.keys(errors)[0] : undefined;
    return key ? validationMessage(key, [field], language) : '';
  }
}
