import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { TravellerDraft, TravellerPhotoStatus } from '@smartgate/shared-models';

import { ReferenceNames } from '../../core/reference/reference-names';
import { DateOnlyPipe } from '../../shared/format/date-pipes';
import { TravellerPhotoView } from './traveller-photo-view';

/** Every field of one traveller of a declaration. */
@Component({
  selector: 'sg-traveller-card',
  imports: [DateOnlyPipe, TranslatePipe, TravellerPhotoView],
  templateUrl: './traveller-card.html',
  styleUrl: './traveller-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TravellerCard {
  private readonly names = inject(ReferenceNames);

  readonly traveller = input.required<TravellerDraft>();
  /** Position in the declaration: 0 is the lead traveller, 1 to 9 are companions. */
  readonly position = input.required<number>();
  readonly declarationId = input.required<string>();
  /** Whether the traveller has a portrait photo; null when the view does not include it. */
  readonly photo = input<TravellerPhotoStatus | null>(null);
  /** True for the driver (position 0) and crew of a cargo declaration, who are captioned so. */
  readonly crew = input(false);

  protected readonly nationality = computed(() => this.names.countryName(this.traveller().nationality));
}
