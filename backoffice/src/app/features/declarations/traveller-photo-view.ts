import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { OfficerDeclarationsApi } from '../../core/api/officer-declarations-api';

/**
 * A traveller's portrait photo in the declaration detail, fetched with the officer's session as a
 * blob and shown through an object URL, which is revoked when the photo changes or the view closes.
 */
@Component({
  selector: 'sg-traveller-photo-view',
  imports: [TranslatePipe],
  template: `
    <figure class="photo">
      @if (url(); as src) {
        <img
          [src]="src"
          [alt]="
            'declarations.traveller.photoAlt'
              | translate
                : {
                    traveller:
                      (position() === 0
                        ? 'declarations.detail.leadTraveller'
                        : 'declarations.detail.companion'
                      ) | translate: { number: position() },
                  }
          "
        />
      } @else {
        <span class="empty">
          {{
            (failed()
              ? 'declarations.traveller.photoFailed'
              : hasPhoto()
                ? 'common.loading'
                : 'declarations.traveller.noPhoto'
            ) | translate
          }}
        </span>
      }
    </figure>
  `,
  styles: `
    .photo {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 120px;
      height: 160px;
      margin: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      overflow: hidden;
      background: var(--mat-sys-surface-container);
    }

    img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }

    .empty {
      padding: 8px;
      font-size: 0.85rem;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TravellerPhotoView {
  private readonly api = inject(OfficerDeclarationsApi);

  readonly declarationId = input.required<string>();
  /** Position in the declaration: 0 is the lead traveller. */
  readonly position = input.required<number>();
  readonly hasPhoto = input(false);

  protected readonly url = signal<string | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect((onCleanup) => {
      this.failed.set(false);
      if (!this.hasPhoto()) {
        this.show(null);
        return;
      }

      const subscription = this.api.travellerPhoto(this.declarationId(), this.position()).subscribe({
        next: (blob) => this.show(blob),
        error: () => {
          this.show(null);
          this.failed.set(true);
        },
      });
      onCleanup(() => subscription.unsubscribe());
    });
    inject(DestroyRef).onDestroy(() => this.show(null));
  }

  private show(blob: Blob | null): void {
    const previous = this.url();
    if (previous) {
      URL.revokeObjectURL(previous);
    }
    this.url.set(blob ? URL.createObjectURL(blob) : null);
  }
}
