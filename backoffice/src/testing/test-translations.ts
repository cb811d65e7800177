import type { Provider } from '@angular/core';
import {
  type TranslateLoader,
  type TranslationObject,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { type Observable, of } from 'rxjs';

import en from '../../public/i18n/en.json';
import vi from '../../public/i18n/vi.json';

/** Serves the real translation files from the bundle, so specs need no HTTP for them. */
class BundledTranslationLoader implements TranslateLoader {
  getTranslation(language: string): Observable<TranslationObject> {
    return of(language === 'en' ? en : vi);
  }
}

/** Translation providers for specs, using the app's own vi.json and en.json. */
export function provideTestTranslations(): Provider[] {
  return provideTranslateService({
    fallbackLang: 'vi',
    loader: provideTranslateLoader(BundledTranslationLoader),
  });
}
