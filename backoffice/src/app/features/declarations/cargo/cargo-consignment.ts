import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationView } from '@smartgate/shared-models';

import { ReferenceNames } from '../../../core/reference/reference-names';
import { DateOnlyPipe, GateTimePipe } from '../../../shared/format/date-pipes';
import { isLicenceExpired } from './licence-expiry';

/**
 * The consignment of a cargo declaration above its driver and crew: gate, import or export,
 * planned arrival, the declaring business, the counterpart abroad, and the vehicle with its
 * transport licence (highlighted when expired) and trailer.
 */
@Component({
  selector: 'sg-cargo-consignment',
  imports: [DateOnlyPipe, GateTimePipe, TranslatePipe],
  templateUrl: './cargo-consignment.html',
  styleUrl: './cargo-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CargoConsignment {
  private readonly names = inject(ReferenceNames);

  /** A declaration whose `kind` is `cargo`; nothing shows without its `cargo` part. */
  readonly declaration = input.required<DeclarationView>();

  protected readonly cargo = computed(() => this.declaration().cargo ?? null);
  protected readonly gate = computed(() => this.names.gateName(this.declaration().data.gateCode));
  protected readonly countries = computed(() => {
    const cargo = this.cargo();
    return {
      counterpart: this.names.countryName(cargo?.counterpart?.country),
      vehicle: this.names.countryName(cargo?.vehicle?.plateCountry),
      trailer: this.names.countryName(cargo?.trailer?.plateCountry),
    };
  });
  protected readonly licenceExpired = computed(() => {
    const cargo = this.cargo();
    return isLicenceExpired(cargo?.vehicle?.transportLicenceExpiry, cargo?.plannedArrivalAt);
  });
}
