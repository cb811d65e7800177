import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';

import { languageInterceptor } from './language-interceptor';
import { sessionExpiryInterceptor } from './session-expiry-interceptor';

/**
 * The HttpClient every API call goes through: it copies the `XSRF-TOKEN` cookie into the
 * `X-XSRF-TOKEN` header of state-changing requests, sends `Accept-Language`, and returns the
 * officer to sign-in when the session has expired.
 */
export function provideApiHttpClient(): EnvironmentProviders {
  return provideHttpClient(
    withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    withInterceptors([languageInterceptor, sessionExpiryInterceptor]),
  );
}
