import { HttpClient, provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  ErrorHandler,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';
import { firstValueFrom } from 'rxjs';

import { routes } from './app.routes';
import { GlobalErrorHandler } from './core/errors/global-error-handler';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { csrfRetryInterceptor } from './core/http/csrf-retry.interceptor';
import { sessionExpiryInterceptor } from './core/http/session-expiry.interceptor';
import { DEFAULT_LANGUAGE_CODE, LanguageService } from './core/i18n/language.service';
import { TranslatedDatepickerIntl } from './core/i18n/translated-datepicker-intl';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';
import { provideDateInputs } from './shared/dates/date-input-formats';

const FORM_FIELD_DEFAULTS: MatFormFieldDefaultOptions = { appearance: 'outline', subscriptSizing: 'dynamic' };

/**
 * Loads the translations before the first screen renders, and requests the XSRF cookie that
 * every later write must echo. A failed token request must not block the public pages, and the
 * API also sets the cookie on any later response.
 */
async function initializePortal(): Promise<void> {
  const language = inject(LanguageService);
  const http = inject(HttpClient);

  await Promise.all([
    language.initialize(),
    firstValueFrom(http.get('/api/csrf-token')).catch(() => undefined),
  ]);
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(
      withInterceptors([acceptLanguageInterceptor, csrfRetryInterceptor, sessionExpiryInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideTranslateService({
      loader: provideTranslateHttpLoader({ prefix: 'i18n/', suffix: '.json' }),
      fallbackLang: DEFAULT_LANGUAGE_CODE,
    }),
    provideDateInputs(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
    { provide: ErrorHandler, useClass: GlobalErrorHandler },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: FORM_FIELD_DEFAULTS },
    provideAppInitializer(initializePortal),
  ],
};
