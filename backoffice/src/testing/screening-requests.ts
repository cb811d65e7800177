import type { HttpTestingController } from '@angular/common/http/testing';
import type { DeclarationScreening } from '@smartgate/shared-models';

const SCREENING_URL = /^\/api\/officer\/declarations\/([^/]+)\/screening$/;

/**
 * Flushes the screening panel's pending requests with a clean screening, for specs of the
 * declaration page that check other parts of it. The panel's own spec checks what it shows.
 */
export function flushScreeningRequests(httpTesting: HttpTestingController): void {
  httpTesting
    .match((request) => SCREENING_URL.test(request.url))
    .filter((request) => !request.cancelled)
    .forEach((request) => {
      const screening: DeclarationScreening = {
        declarationId: SCREENING_URL.exec(request.request.url)![1],
        clean: true,
        flags: [],
        screenedAt: '2026-12-05T00:00:00.000Z',
      };
      request.flush(screening);
    });
}
