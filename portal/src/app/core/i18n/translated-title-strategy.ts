import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/**
 * Sets the document title from the route's `title`, which contains a translation key, and
 * updates it when the language changes so that screen readers announce the page in that language.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private titleKey: string | undefined;

  constructor() {
    super();
    this.translate.onLangChange.subscribe(() => this.applyTitle());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.titleKey = this.buildTitle(snapshot);
    this.applyTitle();
  }

  private applyTitle(): void {
    const appName = this.translate.instant('app.name') as string;
    const pageTitle = this.titleKey ? (this.translate.instant(this.titleKey) as string) : null;
    this.title.setTitle(pageTitle ? `${pageTitle} – ${appName}` : appName);
  }
}
