import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The officer's comment on one field, shown under the field with an icon while a change request
 * is open. Renders nothing without a comment.
 */
@Component({
  selector: 'sg-field-comment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: {
    '[attr.id]': 'commentId()',
    '[hidden]': 'text() === null',
  },
  template: `
    @if (text(); as comment) {
      <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 2-2h-1zm7 3v6h2V6h-2zm0 8v2h2v-2h-2z"
        />
      </svg>
      <p class="text">
        <strong>{{ 'changeRequest.officerComment' | translate }}:</strong>
        {{ comment }}
      </p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-basis: 100%;
      gap: 8px;
      align-items: flex-start;
      margin: 4px 0 8px;
      padding: 8px 12px;
      border-left: 4px solid var(--mat-sys-tertiary);
      border-radius: 4px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-body-medium);
    }
    :host([hidden]) {
      display: none;
    }
    .icon {
      flex: none;
      fill: currentColor;
    }
    .text {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
  `,
})
export class FieldComment {
  /** The comment, or null to show nothing. */
  readonly text = input<string | null>(null);

  /** The element id, which the field's control names in `aria-describedby`. */
  readonly commentId = input<string | null>(null);
}
