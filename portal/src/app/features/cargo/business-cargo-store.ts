import { inject, type Provider } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

import { BusinessCargoDeclarations, CargoDeclarationsApi } from '../../core/api/cargo-declarations-api';
import { DECLARATION_STORE } from '../../core/api/declaration-store';

/** Reads the current `:businessId` of the route or of one of its parents. */
function routeBusinessId(route: ActivatedRoute): string {
  for (let current: ActivatedRoute | null = route; current; current = current.parent) {
    const businessId = current.snapshot.paramMap.get('businessId');
    if (businessId) {
      return businessId;
    }
  }
  throw new Error('The cargo pages need a :businessId route parameter');
}

/**
 * Provides the cargo declarations of the route's business as `BusinessCargoDeclarations` and as
 * the `DECLARATION_STORE` of the component's children, so the shared draft autosave and
 * withdrawal use the business's endpoints. Put it in a routed component's providers.
 */
export function provideBusinessCargoStore(): Provider[] {
  return [
    {
      provide: BusinessCargoDeclarations,
      useFactory: () => {
        const route = inject(ActivatedRoute);
        return inject(CargoDeclarationsApi).forBusiness(() => routeBusinessId(route));
      },
    },
    { provide: DECLARATION_STORE, useExisting: BusinessCargoDeclarations },
  ];
}
