import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { DomSanitizer } from '@angular/platform-browser';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * Shows an issued result PDF in a frame of the page and prints it with the browser's print
 * dialog. The frame loads the PDF from the API's own origin, so this page may print it. The link
 * opens the same PDF in a tab of its own, where the browser's print works too.
 */
@Component({
  selector: 'sg-result-print-frame',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <div class="actions">
      <button #printButton mat-flat-button type="button" [disabled]="!loaded()" (click)="print()">
        {{ 'gate.assisted.print' | translate }} ({{ printKey() }})
      </button>
      <a mat-stroked-button [href]="url()" target="_blank" rel="noopener">
        {{ 'gate.assisted.openPdf' | translate }}
      </a>
    </div>
    <iframe
      #frame
      class="pdf"
      [src]="safeUrl()"
      [title]="'gate.assisted.pdfTitle' | translate: { number: resultNumber() }"
      (load)="markLoaded()"
    ></iframe>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 8px;
    }

    .pdf {
      width: 100%;
      height: 70vh;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultPrintFrame {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly injector = inject(Injector);
  private readonly frame = viewChild.required<ElementRef<HTMLIFrameElement>>('frame');
  private readonly printButton = viewChild.required('printButton', { read: ElementRef<HTMLButtonElement> });

  /** The PDF's address on the API, such as `/api/officer/declarations/<id>/result.pdf`. */
  readonly url = input.required<string>();
  readonly resultNumber = input.required<string>();
  /** The key that prints, shown on the button. */
  readonly printKey = input.required<string>();
  /** Emitted after the print dialog closed, since `print()` blocks until then. */
  readonly printed = output<void>();

  protected readonly loaded = signal(false);
  // The address is built by the app from a declaration id, never from user input.
  protected readonly safeUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.url()));

  /** Opens the browser's print dialog for the PDF. Returns false while it is still loading. */
  print(): boolean {
    const window = this.frame().nativeElement.contentWindow;
    if (!this.loaded() || !window) {
      return false;
    }
    window.print();
    this.printed.emit();
    return true;
  }

  protected markLoaded(): void {
    // A frame fires a load event for its first, blank document too, before the PDF arrives.
    const address = this.frame().nativeElement.contentWindow?.location.href;
    if (!address || address === 'about:blank') {
      return;
    }
    this.loaded.set(true);
    // The button is enabled at the next render, and only then can it take the focus.
    afterNextRender(() => this.printButton().nativeElement.focus(), { injector: this.injector });
  }
}
