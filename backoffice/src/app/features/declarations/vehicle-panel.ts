import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { VehicleDraft } from '@smartgate/shared-models';

import { ReferenceNames } from '../../core/reference/reference-names';

/** The private vehicle of a declaration: its kind, plate and the plate's country. */
@Component({
  selector: 'sg-vehicle-panel',
  imports: [TranslatePipe],
  template: `
    @if (vehicle(); as shown) {
      <section class="panel" aria-labelledby="vehicle-heading">
        <h2 id="vehicle-heading">{{ 'declarations.vehicle.title' | translate }}</h2>
        <dl class="fields">
          <div>
            <dt>{{ 'declarations.vehicle.kind' | translate }}</dt>
            <dd>
              {{
                shown.kind
                  ? ('declarations.vehicle.kinds.' + shown.kind | translate)
                  : ('common.notGiven' | translate)
              }}
            </dd>
          </div>
          <div>
            <dt>{{ 'declarations.vehicle.plateNumber' | translate }}</dt>
            <dd class="plate">{{ shown.plateNumber ?? ('common.notGiven' | translate) }}</dd>
          </div>
          <div>
            <dt>{{ 'declarations.vehicle.plateCountry' | translate }}</dt>
            <dd>{{ plateCountry() ?? ('common.notGiven' | translate) }}</dd>
          </div>
        </dl>
      </section>
    }
  `,
  styles: `
    .panel {
      margin-top: 24px;
    }

    h2 {
      margin: 0 0 12px;
      font-size: 1.2rem;
      font-weight: 600;
    }

    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 12px 24px;
      margin: 0;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }

    dt {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }

    dd {
      margin: 2px 0 0;
      overflow-wrap: anywhere;
    }

    .plate {
      font-weight: 600;
      letter-spacing: 0.03em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VehiclePanel {
  private readonly names = inject(ReferenceNames);

  readonly vehicle = input<VehicleDraft | undefined>(undefined);

  protected readonly plateCountry = computed(() => this.names.countryName(this.vehicle()?.plateCountry));
}
