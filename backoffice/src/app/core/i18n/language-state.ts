import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

/** Languages of the back office. Vietnamese is the default. */
export const UI_LANGUAGES = ['vi', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'vi';

const STORAGE_KEY = 'smartgate.backoffice.language';

/** The interface language: loads its translations, sets `<html lang>` and remembers the choice. */
@Injectable({ providedIn: 'root' })
export class LanguageState {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly language = signal<UiLanguage>(DEFAULT_UI_LANGUAGE);

  /** The language of the interface and of the `Accept-Language` header. */
  readonly current = this.language.asReadonly();

  /** Switches to the language chosen on an earlier visit, or Vietnamese. */
  restore(): Promise<void> {
    return this.use(this.readStoredLanguage());
  }

  /** Resolves once the language's translations are loaded, so no raw keys flash on screen. */
  async use(language: UiLanguage): Promise<void> {
    this.language.set(language);
    this.document.documentElement.lang = language;
    this.storeLanguage(language);

    await firstValueFrom(this.translate.use(language));
  }

  private readStoredLanguage(): UiLanguage {
    const stored = this.storage()?.getItem(STORAGE_KEY);
    return UI_LANGUAGES.find((language) => language === stored) ?? DEFAULT_UI_LANGUAGE;
  }

  /** Keeps the choice for the next visit. A browser that refuses to store it only loses that convenience. */
  private storeLanguage(language: UiLanguage): void {
    try {
      this.storage()?.setItem(STORAGE_KEY, language);
    } catch {
      // Storage is full or disabled: the language still applies to this visit.
    }
  }

  /** Returns null where the browser blocks storage, because reading `localStorage` then throws. */
  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  }
}
