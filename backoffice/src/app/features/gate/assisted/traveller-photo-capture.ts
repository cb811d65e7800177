import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  input,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { validationMessage } from '@smartgate/shared-models';
import { firstValueFrom, switchMap } from 'rxjs';

import { readProblem } from '../../../core/errors/problem';
import { LanguageState } from '../../../core/i18n/language-state';
import { AssistedFilingApi } from './assisted-filing-api';
import { cameraFailure, captureFrame, openCamera, stopCamera } from './counter-camera';
import { FieldLabelPipe } from './field-label.pipe';
import { IssueMessagePipe } from './issue-message.pipe';

/** The API's limit for a portrait, checked here too so a large file is not sent for nothing. */
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

/**
 * A traveller's portrait at the counter: taken with the device camera (live picture, capture,
 * retake) or chosen from a file, uploaded at once, and kept in the form by its `uploadId`. The
 * camera is turned off as soon as the picture is taken, cancelled, or the screen is left.
 */
@Component({
  selector: 'sg-traveller-photo-capture',
  imports: [FieldLabelPipe, IssueMessagePipe, MatButtonModule, TranslatePipe],
  templateUrl: './traveller-photo-capture.html',
  styleUrl: './traveller-photo-capture.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TravellerPhotoCapture {
  private readonly api = inject(AssistedFilingApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly viewfinder = viewChild.required<ElementRef<HTMLVideoElement>>('viewfinder');
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private stream: MediaStream | null = null;
  private video: HTMLVideoElement | null = null;

  /** The traveller's `photo` control, whose value is the upload's id. */
  readonly control = input.required<FormControl<string | null>>();
  /** The control's path in the filing, as messages name it. */
  readonly path = input.required<(string | number)[]>();

  protected readonly language = inject(LanguageState).current;
  protected readonly cameraOn = signal(false);
  protected readonly uploading = signal(false);
  protected readonly thumbnail = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    // The page puts the API's errors, such as an expired upload, on the control from outside.
    toObservable(this.control)
      .pipe(
        switchMap((control) => control.events),
        takeUntilDestroyed(),
      )
      .subscribe(() => changeDetector.markForCheck());
    inject(DestroyRef).onDestroy(() => {
      this.turnCameraOff();
      this.showThumbnail(null);
    });
  }

  /** Turns the camera on and shows its live picture, with the capture button focused. */
  async takePhoto(): Promise<void> {
    this.failure.set(null);
    try {
      this.stream = await openCamera();
    } catch (error) {
      this.failure.set(this.translate.instant(`gate.assisted.photo.camera.${cameraFailure(error)}`));
      return;
    }

    this.video = this.viewfinder().nativeElement;
    this.video.srcObject = this.stream;
    this.cameraOn.set(true);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.capture-photo')?.focus(), {
      injector: this.injector,
    });
    // The picture may only start once the element is shown; a refused autoplay still shows frames.
    await this.video.play().catch(() => undefined);
  }

  /** Takes the picture from the live camera, turns the camera off and uploads the picture. */
  async capture(): Promise<void> {
    const photo = await captureFrame(this.viewfinder().nativeElement, this.canvas().nativeElement);
    if (!photo) {
      this.failure.set(this.translate.instant('gate.assisted.photo.camera.noPicture'));
      return;
    }
    this.turnCameraOff();
    await this.upload(photo, 'counter-portrait.jpg');
  }

  protected cancelCamera(): void {
    this.turnCameraOff();
  }

  protected chooseFile(): void {
    this.fileInput().nativeElement.click();
  }

  /** Uploads the chosen file after the checks that need no server: its type and size. */
  protected async fileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    if (!PHOTO_TYPES.includes(file.type)) {
      this.failure.set(validationMessage('photoInvalidType', ['photo'], this.language()));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      this.failure.set(validationMessage('photoTooLarge', ['photo'], this.language()));
      return;
    }
    await this.upload(file, file.name);
  }

  protected removePhoto(): void {
    this.control().setValue(null);
    this.showThumbnail(null);
    this.failure.set(null);
  }

  private async upload(photo: Blob, fileName: string): Promise<void> {
    this.failure.set(null);
    this.uploading.set(true);
    try {
      const upload = await firstValueFrom(this.api.uploadPhoto(photo, fileName));
      this.control().setValue(upload.uploadId);
      this.control().setErrors(null);
      this.showThumbnail(URL.createObjectURL(photo));
    } catch (error) {
      this.failure.set(this.uploadFailure(error));
    } finally {
      this.uploading.set(false);
    }
  }

  /** Renders the API's reason for rejecting the photo, such as "too small", or a plain "could not be uploaded". */
  private uploadFailure(error: unknown): string {
    const problem = readProblem(error);
    const reason = problem?.errors?.[0];
    if (reason) {
      return validationMessage(reason.code, ['photo'], this.language(), reason.params ?? {});
    }
    return problem?.status === 413
      ? validationMessage('photoTooLarge', ['photo'], this.language())
      : this.translate.instant('gate.assisted.photo.uploadFailed');
  }

  private turnCameraOff(): void {
    stopCamera(this.stream);
    this.stream = null;
    if (this.video) {
      this.video.srcObject = null;
    }
    this.cameraOn.set(false);
  }

  /** Shows a new thumbnail and frees the memory of the previous one. */
  private showThumbnail(url: string | null): void {
    const previous = this.thumbnail();
    if (previous) {
      URL.revokeObjectURL(previous);
    }
    this.thumbnail.set(url);
  }
}
