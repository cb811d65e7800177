import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';

import { LanguageState } from '../i18n/language-state';

/** Sets `Accept-Language` to the interface language, so problem+json titles and field messages match it. */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(LanguageState).current();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
