import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { validationMessage } from '@smartgate/shared-models';

/**
 * Renders a control's first error with the shared validation catalog, naming the field by its
 * path as the API does, such as "Người khai chính – Họ và tên: …". An error whose value is an
 * object fills the message's other placeholders. Pass the language so the pipe reruns when it
 * changes.
 */
@Pipe({ name: 'issueMessage' })
export class IssueMessagePipe implements PipeTransform {
  transform(
    errors: ValidationErrors | null | undefined,
    path: readonly (string | number)[],
    language: string,
  ): string {
    const key = errors ? Object.keys(errors)[0] : undefined;
    if (!errors || !key) {
      return '';
    }

    const value: unknown = errors[key];
    const params = typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
    return validationMessage(key, path, language, params);
  }
}
