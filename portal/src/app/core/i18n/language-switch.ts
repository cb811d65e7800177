import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from './language.service';

/**
 * The interface language picker in the toolbar. A native select keeps it small on phones and
 * usable with the keyboard. Switching re-translates the page in place, so forms keep their content.
 */
@Component({
  selector: 'sg-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <label class="visually-hidden" for="language-switch">{{ 'app.language' | translate }}</label>
    <select id="language-switch" (change)="switchLanguage($event)">
      @for (option of language.languages(); track option.code) {
        <option
          [value]="option.code"
          [attr.lang]="option.code"
          [selected]="option.code === language.current()"
        >
          {{ option.name }}
        </option>
      }
    </select>
  `,
  styles: `
    select {
      font: var(--mat-sys-body-medium);
      color: inherit;
      background: transparent;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      padding: 6px 8px;
      min-height: 40px;
    }
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);

  protected switchLanguage(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    void this.language.switchTo(code);
  }
}
