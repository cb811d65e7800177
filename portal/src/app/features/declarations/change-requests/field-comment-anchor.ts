import {
  Directive,
  ElementRef,
  Renderer2,
  ViewContainerRef,
  computed,
  effect,
  inject,
  input,
  type OnInit,
} from '@angular/core';

import { FieldComment } from './field-comment';
import { FieldComments, dottedPath, fieldCommentId, type FieldPath } from './field-comments';

/**
 * Shows the officer's comment on a form field under it: put `sgFieldComment` with the field's
 * path on the `mat-form-field` or on the element around a radio group. The comment goes inside
 * that element, so it stays in the field's grid cell, and the field's control names it in
 * `aria-describedby`. Without a change request on screen it does nothing.
 */
@Directive({
  selector: '[sgFieldComment]',
  host: {
    '[class.sg-field-commented]': 'comment() !== null',
    '[style.--mat-form-field-outlined-outline-color]':
      "comment() !== null ? 'var(--mat-sys-tertiary)' : null",
  },
})
export class FieldCommentAnchor implements OnInit {
  private readonly comments = inject(FieldComments, { optional: true });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly renderer = inject(Renderer2);
  private readonly viewContainer = inject(ViewContainerRef);

  /** The field's path in the declaration schema, such as `travellers.1.documentNumber`. */
  readonly sgFieldComment = input.required<FieldPath>();

  private readonly path = computed(() => dottedPath(this.sgFieldComment()));
  protected readonly comment = computed(() => this.comments?.commentFor(this.path()) ?? null);

  constructor() {
    effect((onCleanup) => {
      const unregister = this.comments?.registerField(this.path(), this.host.nativeElement);
      onCleanup(() => unregister?.());
    });
  }

  ngOnInit(): void {
    if (!this.comments) {
      return;
    }

    // The host has rendered its own children by now, so the comment lands after them.
    const commentRef = this.viewContainer.createComponent(FieldComment);
    this.renderer.appendChild(this.host.nativeElement, commentRef.location.nativeElement);

    effect(
      () => {
        const id = fieldCommentId(this.path());
        const comment = this.comment();
        commentRef.setInput('text', comment);
        commentRef.setInput('commentId', id);
        this.describeControl(id, comment !== null);
      },
      { injector: this.viewContainer.injector },
    );
  }

  /** Adds the comment's id to the control's `aria-describedby`, or removes it, keeping the ids Material set. */
  private describeControl(id: string, described: boolean): void {
    const control = this.host.nativeElement.querySelector<HTMLElement>(
      'input, textarea, mat-select, [role="radiogroup"]',
    );
    if (!control) {
      return;
    }

    const ids = (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((value) => value && value !== id);
    const next = described ? [...ids, id] : ids;
    if (next.length > 0) {
      control.setAttribute('aria-describedby', next.join(' '));
    } else {
      control.removeAttribute('aria-describedby');
    }
  }
}
