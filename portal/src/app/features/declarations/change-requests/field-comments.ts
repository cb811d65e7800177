import { Injectable, computed, signal } from '@angular/core';
import type { ChangeRequestView } from '@smartgate/shared-models';

/** A field path as the schemas write it, dotted (`travellers.1.fullName`) or as segments. */
export type FieldPath = string | readonly (string | number)[];

/** Joins a field path into the dotted form that change requests use. */
export function dottedPath(path: FieldPath): string {
  return typeof path === 'string' ? path : path.join('.');
}

/** Builds the id of the element that shows the comment on a field, such as `field-comment-travellers-1-fullName`. */
export function fieldCommentId(path: string): string {
  return `field-comment-${path.replaceAll('.', '-')}`;
}

/**
 * The officer's open change request of the declaration on screen, which the page sets and the
 * form's fields read by path. It also records where each commented field is, so that the summary
 * at the top of the form can move focus to a field.
 */
@Injectable()
export class FieldComments {
  private readonly openRequest = signal<ChangeRequestView | null>(null);
  private readonly fieldElements = new Map<string, HTMLElement>();

  /** The open change request, which the applicant has not resubmitted yet, or null. */
  readonly request = this.openRequest.asReadonly();

  private readonly commentsByPath = computed(
    () =>
      new Map(
        (this.openRequest()?.fieldComments ?? []).map((fieldComment) => [
          fieldComment.field,
          fieldComment.comment,
        ]),
      ),
  );

  /** Shows a change request's comments, or removes them all with null. */
  show(request: ChangeRequestView | null | undefined): void {
    this.openRequest.set(request ?? null);
  }

  /** Returns the officer's comment on a field, or null. Reads a signal, so a `computed` follows changes. */
  commentFor(path: string): string | null {
    return this.commentsByPath().get(path) ?? null;
  }

  /** Records where a field is on the page. Returns the function that removes the record. */
  registerField(path: string, element: HTMLElement): () => void {
    this.fieldElements.set(path, element);
    return () => {
      if (this.fieldElements.get(path) === element) {
        this.fieldElements.delete(path);
      }
    };
  }

  /**
   * Scrolls to a field and focuses its input, select or first radio button. Returns false when
   * the field is not on the page, such as a photo field that the form does not show.
   */
  focusField(path: string): boolean {
    const element = this.fieldElements.get(path);
    if (!element) {
      return false;
    }

    element.scrollIntoView({ block: 'center' });
    const control = element.querySelector<HTMLElement>(
      'input:not([type=hidden]), textarea, mat-select, [role="combobox"], button',
    );
    (control ?? element).focus();
    return true;
  }
}
