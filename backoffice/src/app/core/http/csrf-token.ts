import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/**
 * Fetches `/api/csrf-token` so the API sets the `XSRF-TOKEN` cookie that Angular copies into the
 * `X-XSRF-TOKEN` header of every POST. A failure is not fatal: the API also sets the cookie on
 * any later /api response that arrives without it.
 */
export function fetchCsrfToken(): Promise<unknown> {
  const http = inject(HttpClient);
  return firstValueFrom(http.get('/api/csrf-token')).catch(() => undefined);
}
