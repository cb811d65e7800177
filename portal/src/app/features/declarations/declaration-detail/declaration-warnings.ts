import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FieldWarning } from '@smartgate/shared-models';

import { LanguageService } from '../../../core/i18n/language.service';
import { parseFieldPath } from '../../../shared/forms/form-issues';
import { translateIssue } from '../../../shared/forms/validation-text';

/** The findings of a declaration that do not block it, such as a passport expiring soon after the crossing. */
@Component({
  selector: 'sg-declaration-warnings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (messages().length > 0) {
      <section class="warnings" aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">{{ 'documentRules.warningsHeading' | translate }}</h2>
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
      margin: 16px 0;
      padding: 8px 16px;
      border-inline-start: 4px solid var(--mat-sys-tertiary);
      border-radius: 12px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }

    h2 {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class DeclarationWarnings {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly warnings = input<readonly FieldWarning[] | undefined>([]);

  protected readonly messages = computed(() => {
    // Reading the language makes the text follow a language switch.
    this.language.current();
    return (this.warnings() ?? []).map((warning) =>
      translateIssue(
        this.translate,
        { key: warning.code, ...(warning.params ? { params: warning.params } : {}) },
        parseFieldPath(warning.path),
      ),
    );
  });
}
