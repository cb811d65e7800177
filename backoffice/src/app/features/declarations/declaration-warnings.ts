import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { fieldPathSegments, validationMessage, type FieldWarning } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';

/**
 * The findings that did not block the submission, such as a passport expiring soon after the
 * crossing, for the officer to weigh. Messages come from the shared catalog in the interface language.
 */
@Component({
  selector: 'sg-declaration-warnings',
  imports: [TranslatePipe],
  template: `
    @if (messages().length > 0) {
      <section class="warnings" aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">{{ 'declarations.detail.warnings' | translate }}</h2>
        <ul>
          @for (message of messages(); track $index) {
            <li>{{ message }}</li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .warnings {
      margin-top: 24px;
      padding: 12px 16px;
      border-inline-start: 4px solid var(--mat-sys-tertiary);
      border-radius: 12px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }

    h2 {
      margin: 0 0 8px;
      font-size: 1.2rem;
      font-weight: 600;
    }

    ul {
      margin: 0;
      padding-inline-start: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclarationWarnings {
  private readonly language = inject(LanguageState);

  readonly warnings = input<readonly FieldWarning[] | undefined>([]);

  protected readonly messages = computed(() =>
    (this.warnings() ?? []).map((warning) =>
      validationMessage(
        warning.code,
        fieldPathSegments(warning.path),
        this.language.current(),
        warning.params,
      ),
    ),
  );
}
