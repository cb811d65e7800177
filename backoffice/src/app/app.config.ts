import {
  type ApplicationConfig,
  ErrorHandler,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';

import { routes } from './app.routes';
import { AppErrorHandler } from './core/errors/app-error-handler';
import { fetchCsrfToken } from './core/http/csrf-token';
import { provideApiHttpClient } from './core/http/provide-api-http-client';
import { DEFAULT_UI_LANGUAGE, LanguageState } from './core/i18n/language-state';
import { TranslatedPaginatorIntl } from './core/i18n/translated-paginator-intl';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideApiHttpClient(),
    provideTranslateService({
      fallbackLang: DEFAULT_UI_LANGUAGE,
      // A relative prefix resolves against the base href, so the files load from /backoffice/i18n/.
      // The HTTP backend skips the interceptors: translation files need no language header or session.
      loader: provideTranslateHttpLoader({ prefix: 'i18n/', suffix: '.json', useHttpBackend: true }),
    }),
    provideAppInitializer(() => inject(LanguageState).restore()),
    provideAppInitializer(fetchCsrfToken),
    { provide: ErrorHandler, useClass: AppErrorHandler },
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
  ],
};
