import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import type { VehicleDraft } from '@smartgate/shared-models';

import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { LanguageService } from '../../../core/i18n/language.service';
import { nameForCode } from '../reference-names';

/** The private vehicle of a declaration, read-only. */
@Component({
  selector: 'sg-vehicle-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (vehicle(); as shown) {
      <section aria-labelledby="vehicle-heading">
        <h2 id="vehicle-heading">{{ 'vehicle.heading' | translate }}</h2>
        <dl class="facts">
          <dt>{{ 'fields.kind' | translate }}</dt>
          <dd>{{ shown.kind ? ('vehicle.kinds.' + shown.kind | translate) : '' }}</dd>
          <dt>{{ 'fields.plateNumber' | translate }}</dt>
          <dd class="plate">{{ shown.plateNumber }}</dd>
          <dt>{{ 'fields.plateCountry' | translate }}</dt>
          <dd>{{ countryName(shown.plateCountry) }}</dd>
        </dl>
      </section>
    }
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: minmax(10em, max-content) 1fr;
      gap: 4px 16px;
      margin: 0 0 16px;
    }

    .facts dt {
      color: var(--mat-sys-on-surface-variant);
    }

    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .plate {
      font-weight: 600;
    }

    @media (max-width: 599px) {
      .facts {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class VehicleSummary {
  private readonly language = inject(LanguageService);
  private readonly countries = toSignal(inject(ReferenceDataApi).countries$, { initialValue: [] });

  readonly vehicle = input<VehicleDraft | undefined>(undefined);

  protected countryName(code: string | undefined): string {
    return nameForCode(this.countries(), code, this.language.current());
  }
}
