import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { TranslatePipe } from '@ngx-translate/core';
import type { CargoAttachment } from '@smartgate/shared-models';

import { OfficerDeclarationsApi } from '../../../core/api/officer-declarations-api';

/**
 * One attachment shown in place: a PDF in the browser's viewer, an image as an image. The file is
 * fetched with the officer's session from the audited officer endpoint, whose URL carries ids
 * only, and shown through an object URL that is revoked when the viewer closes.
 */
@Component({
  selector: 'sg-cargo-attachment-viewer',
  imports: [TranslatePipe],
  template: `
    @if (url(); as shown) {
      @if (isPdf()) {
        <iframe class="pdf" [src]="shown.resource" [title]="title()"></iframe>
      } @else {
        <img class="image" [src]="shown.resource" [alt]="title()" />
      }
    } @else {
      <p class="status" role="status">
        {{ (failed() ? 'declarations.cargo.attachmentFailed' : 'common.loading') | translate }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 8px;
    }

    .pdf {
      width: 100%;
      height: 70vh;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }

    .image {
      display: block;
      max-width: 100%;
      max-height: 70vh;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }

    .status {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CargoAttachmentViewer {
  private readonly api = inject(OfficerDeclarationsApi);
  private readonly sanitizer = inject(DomSanitizer);

  readonly declarationId = input.required<string>();
  readonly attachment = input.required<CargoAttachment>();

  protected readonly url = signal<{ raw: string; resource: SafeResourceUrl } | null>(null);
  protected readonly failed = signal(false);
  protected readonly isPdf = computed(() => this.attachment().mediaType === 'application/pdf');
  protected readonly title = computed(() => this.attachment().originalName ?? this.attachment().type);

  constructor() {
    effect((onCleanup) => {
      this.failed.set(false);
      const subscription = this.api.attachment(this.declarationId(), this.attachment().id).subscribe({
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
      URL.revokeObjectURL(previous.raw);
    }
    if (!blob) {
      this.url.set(null);
      return;
    }

    // The blob's type comes from the API, which judged the file by its content; a fixed type keeps
    // the browser from sniffing anything else out of it.
    const typed = new Blob([blob], { type: this.attachment().mediaType });
    const raw = URL.createObjectURL(typed);
    // A blob: URL of this page is same-origin content the officer's session fetched, so it may be framed.
    this.url.set({ raw, resource: this.sanitizer.bypassSecurityTrustResourceUrl(raw) });
  }
}
