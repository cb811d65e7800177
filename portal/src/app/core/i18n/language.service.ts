import { DOCUMENT } from '@angular/common';
import { HttpBackend, HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { DateAdapter } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

import { dateLocaleFor } from './date-locales';

/** A language the interface is translated into, as listed in `i18n/languages.json`. */
export interface LanguageOption {
  code: string;
  /** The language's name in that language, such as "Tiếng Việt". */
  name: string;
}

export const DEFAULT_LANGUAGE_CODE = 'vi';

const FALLBACK_LANGUAGES: readonly LanguageOption[] = [{ code: DEFAULT_LANGUAGE_CODE, name: 'Tiếng Việt' }];

const STORAGE_KEY = 'smartgate.portal.language';

/**
 * The interface language: which ones exist, which one is in use, and the switch between them.
 * The list comes from `i18n/languages.json`, so a language is added by adding its file and a line there.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly dateAdapter = inject(DateAdapter);
  private readonly document = inject(DOCUMENT);

  // HttpBackend skips the interceptors, because static files need neither XSRF nor Accept-Language.
  private readonly staticFiles = new HttpClient(inject(HttpBackend));

  private readonly languagesState = signal<readonly LanguageOption[]>(FALLBACK_LANGUAGES);
  private readonly currentState = signal(DEFAULT_LANGUAGE_CODE);

  /** Languages offered in the language switch. */
  readonly languages = this.languagesState.asReadonly();

  /** Code of the language in use, set once its translations are loaded. */
  readonly current = this.currentState.asReadonly();

  /** Loads the language list and switches to the remembered language, or Vietnamese. */
  async initialize(): Promise<void> {
    const languages = await this.loadLanguageList();
    this.languagesState.set(languages);
    this.translate.addLangs(languages.map((language) => language.code));

    const remembered = this.readRememberedCode();
    const isOffered = languages.some((language) => language.code === remembered);
    await this.apply(isOffered && remembered ? remembered : DEFAULT_LANGUAGE_CODE);
  }

  /** Switches the interface to a listed language and remembers the choice for the next visit. */
  async switchTo(code: string): Promise<void> {
    if (!this.languagesState().some((language) => language.code === code)) {
      return;
    }

    await this.apply(code);
    this.rememberCode(code);
  }

  private async apply(code: string): Promise<void> {
    await firstValueFrom(this.translate.use(code));

    this.currentState.set(code);
    this.document.documentElement.lang = code;
    this.dateAdapter.setLocale(dateLocaleFor(code));
  }

  private async loadLanguageList(): Promise<readonly LanguageOption[]> {
    try {
      const languages = await firstValueFrom(this.staticFiles.get<LanguageOption[]>('i18n/languages.json'));
      return languages.length > 0 ? languages : FALLBACK_LANGUAGES;
    } catch {
      return FALLBACK_LANGUAGES;
    }
  }

  // Storage can be unavailable (private browsing, disabled cookies), so both accessors tolerate errors.
  private readRememberedCode(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private rememberCode(code: string): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // The choice then lasts only for this visit.
    }
  }
}
