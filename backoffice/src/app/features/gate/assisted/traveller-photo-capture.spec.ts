import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';

import { LanguageState } from '../../../core/i18n/language-state';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { TravellerPhotoCapture } from './traveller-photo-capture';

const PHOTOS_URL = '/api/officer/assisted-declarations/photos';
const UPLOAD_ID = '3d6f4a52-0c1e-4f6b-9a51-2f1c7e8b9d10';

/** Creates a 640 × 480 picture on a canvas and returns its stream, which a video element plays like a webcam's. */
function fakeCameraStream(): MediaStream {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d')!;
  const draw = (shade: number) => {
    context.fillStyle = '#3a6ea5';
    context.fillRect(0, 0, 640, 480);
    context.fillStyle = `rgb(242, 201, ${shade})`;
    context.fillRect(240, 120, 160, 240);
  };
  draw(160);
  const stream = canvas.captureStream(30);
  // A canvas stream sends a frame only when the canvas changes, as a camera sends them all the time.
  let shade = 0;
  const timer = setInterval(() => {
    if (stream.getTracks().every((track) => track.readyState === 'ended')) {
      clearInterval(timer);
      return;
    }
    shade = (shade + 1) % 256;
    draw(shade);
  }, 30);
  return stream;
}

function settle(milliseconds = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('TravellerPhotoCapture', () => {
  let fixture: ComponentFixture<TravellerPhotoCapture>;
  let httpTesting: HttpTestingController;
  let control: FormControl<string | null>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);

    control = new FormControl<string | null>(null);
    fixture = TestBed.createComponent(TravellerPhotoCapture);
    fixture.componentRef.setInput('control', control);
    fixture.componentRef.setInput('path', ['travellers', 0, 'photo']);
    fixture.detectChanges();
  });

  afterEach(() => httpTesting.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function click(selector: string): void {
    element().querySelector<HTMLButtonElement>(selector)!.click();
  }

  function video(): HTMLVideoElement {
    return element().querySelector('video')!;
  }

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
  }

  /** Waits, at most two seconds, for something the browser does in its own time, such as encoding a JPEG. */
  async function waitUntil(condition: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 100 && !condition(); attempt++) {
      await settle(20);
      fixture.detectChanges();
    }
  }

  /** Waits until the fake camera's first frame reaches the video, as a real camera's would. */
  function waitForPicture(): Promise<void> {
    return waitUntil(() => video().videoWidth > 0);
  }

  /** Waits until the captured frame is encoded and its upload sent, shown by the uploading status. */
  function waitForUpload(): Promise<void> {
    return waitUntil(() => element().querySelector('p.status') !== null);
  }

  async function takePicture(stream: MediaStream): Promise<void> {
    spyOn(navigator.mediaDevices, 'getUserMedia').and.resolveTo(stream);
    click('button.take-photo');
    await render();
    await waitForPicture();
    click('button.capture-photo');
    await waitForUpload();
  }

  it('captures a portrait and uploads it', async () => {
    const stream = fakeCameraStream();
    spyOn(navigator.mediaDevices, 'getUserMedia').and.resolveTo(stream);

    click('button.take-photo');
    await render();
    await waitForPicture();
    expect(video().hidden).toBeFalse();
    expect(video().srcObject).toBe(stream);
    expect(document.activeElement).toBe(element().querySelector('button.capture-photo'));

    click('button.capture-photo');
    await waitForUpload();

    expect(stream.getTracks().every((track) => track.readyState === 'ended')).toBeTrue();
    expect(video().hidden).toBeTrue();
    const upload = httpTesting.expectOne(PHOTOS_URL);
    const photo = (upload.request.body as FormData).get('photo') as File;
    expect(photo.type).toBe('image/jpeg');
    const bitmap = await createImageBitmap(photo);
    expect([bitmap.width, bitmap.height]).toEqual([360, 480]);
    upload.flush({ uploadId: UPLOAD_ID, width: 360, height: 480 });
    await render();

    expect(control.value).toBe(UPLOAD_ID);
    expect(element().querySelector<HTMLImageElement>('img.thumbnail')?.src).toMatch(/^blob:/);
    expect(element().querySelector('button.take-photo')?.textContent?.trim()).toBe('Retake');
  });

  it('turns the camera off when the officer leaves the screen', async () => {
    const stream = fakeCameraStream();
    spyOn(navigator.mediaDevices, 'getUserMedia').and.resolveTo(stream);
    click('button.take-photo');
    await render();

    fixture.destroy();

    expect(stream.getTracks().every((track) => track.readyState === 'ended')).toBeTrue();
  });

  it('turns the camera off when the officer cancels', async () => {
    const stream = fakeCameraStream();
    spyOn(navigator.mediaDevices, 'getUserMedia').and.resolveTo(stream);
    click('button.take-photo');
    await render();

    click('button.cancel-camera');
    await render();

    expect(stream.getTracks().every((track) => track.readyState === 'ended')).toBeTrue();
    expect(element().querySelector('button.take-photo')).not.toBeNull();
    expect(control.value).toBeNull();
  });

  it('says so when the browser refuses the camera', async () => {
    spyOn(navigator.mediaDevices, 'getUserMedia').and.rejectWith(
      new DOMException('Permission denied', 'NotAllowedError'),
    );

    click('button.take-photo');
    await render();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'The browser does not allow the camera. Please allow camera access and try again, or choose a photo file.',
    );
  });

  it('says so when the device has no camera', async () => {
    spyOn(navigator.mediaDevices, 'getUserMedia').and.rejectWith(
      new DOMException('Requested device not found', 'NotFoundError'),
    );

    click('button.take-photo');
    await render();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'No camera was found on this device. Please choose a photo file.',
    );
  });

  it('explains why the API refused the photo and keeps no upload id', async () => {
    await takePicture(fakeCameraStream());

    httpTesting.expectOne(PHOTOS_URL).flush(
      {
        type: '/api/problems/validation-failed',
        title: 'The photo was not accepted.',
        status: 422,
        errors: [{ path: 'photo', code: 'photoTooSmall', message: '…' }],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await render();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Portrait photo: the photo is too small. It must be at least 300 × 400 pixels.',
    );
    expect(control.value).toBeNull();
    expect(element().querySelector('img.thumbnail')).toBeNull();
  });

  it('uploads a chosen JPEG or PNG', async () => {
    const input = element().querySelector<HTMLInputElement>('input[type="file"]')!;
    const choose = async (file: File) => {
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await render();
    };

    await choose(new File(['%PDF-1.7'], 'passport.pdf', { type: 'application/pdf' }));
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'only JPEG or PNG photos are accepted',
    );
    httpTesting.expectNone(PHOTOS_URL);

    await choose(new File([new Uint8Array([0xff, 0xd8, 0xff])], 'portrait.jpg', { type: 'image/jpeg' }));
    const upload = httpTesting.expectOne(PHOTOS_URL);
    expect(((upload.request.body as FormData).get('photo') as File).name).toBe('portrait.jpg');
    upload.flush({ uploadId: UPLOAD_ID, width: 600, height: 800 });
    await render();

    expect(control.value).toBe(UPLOAD_ID);
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });
});
