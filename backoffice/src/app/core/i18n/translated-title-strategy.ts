import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/** Sets the document title from the route's `title`, which is a translation key, in the current language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private pageTitleKey: string | undefined;

  constructor() {
    super();
    this.retitleOnLanguageChange();
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageTitleKey = this.buildTitle(snapshot);
    this.applyTitle();
  }

  private retitleOnLanguageChange(): void {
    this.translate.onLangChange.pipe(takeUntilDestroyed()).subscribe(() => this.applyTitle());
  }

  private applyTitle(): void {
    const appTitle = this.translate.instant('app.title');
    const pageTitle = this.pageTitleKey ? this.translate.instant(this.pageTitleKey) : null;
    this.title.setTitle(pageTitle ? `${pageTitle} · ${appTitle}` : appTitle);
  }
}
