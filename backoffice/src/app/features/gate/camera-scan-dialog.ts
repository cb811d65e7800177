import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import type { IScannerControls } from '@zxing/browser';

/**
 * Reads a result QR code with the device camera. The barcode library is bundled and loaded only
 * when the dialog opens. The dialog closes with the decoded text, or with nothing when cancelled.
 */
@Component({
  selector: 'sg-camera-scan-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'gate.camera.title' | translate }}</h2>
    <mat-dialog-content>
      <!-- The video is a viewfinder only: the decoded text is what the screen acts on. -->
      <video
        #viewfinder
        class="viewfinder"
        muted
        playsinline
        [attr.aria-label]="'gate.camera.viewfinder' | translate"
      ></video>
      @if (failureKey(); as key) {
        <p class="sg-alert" role="alert">{{ key | translate }}</p>
      } @else {
        <p role="status">{{ 'gate.camera.hint' | translate }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>
        {{ 'common.cancel' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .viewfinder {
      width: 100%;
      max-height: 60vh;
      background: #000;
      border-radius: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraScanDialog {
  private readonly dialogRef = inject<MatDialogRef<CameraScanDialog, string>>(MatDialogRef);
  private readonly viewfinder = viewChild.required<ElementRef<HTMLVideoElement>>('viewfinder');
  private controls: IScannerControls | null = null;
  private closed = false;

  protected readonly failureKey = signal<string | null>(null);

  constructor() {
    afterNextRender(() => void this.startScanning());
    inject(DestroyRef).onDestroy(() => this.stopScanning());
  }

  private async startScanning(): Promise<void> {
    try {
      const { BrowserQRCodeReader } = await import('@zxing/browser');
      const reader = new BrowserQRCodeReader();
      const controls = await reader.decodeFromVideoDevice(
        undefined,
        this.viewfinder().nativeElement,
        (result) => {
          if (result) {
            this.finish(result.getText());
          }
        },
      );
      this.controls = controls;
      if (this.closed) {
        this.stopScanning();
      }
    } catch (error) {
      const denied = error instanceof DOMException && error.name === 'NotAllowedError';
      this.failureKey.set(denied ? 'gate.camera.denied' : 'gate.camera.unavailable');
    }
  }

  private finish(text: string): void {
    if (this.closed) {
      return;
    }
    this.stopScanning();
    this.dialogRef.close(text);
  }

  private stopScanning(): void {
    this.closed = true;
    this.controls?.stop();
    this.controls = null;
  }
}
