/** The reason the camera could not be opened, one message on the screen each. */
export type CameraFailure = 'noCamera' | 'denied' | 'inUse' | 'unsupported';

/**
 * Opens the device camera for a portrait: the front camera when there is one, at a size that
 * leaves a 3:4 crop of at least 300 × 400 pixels, which the API requires.
 */
export async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new DOMException('No camera API in this context', 'NotSupportedError');
  }
  return navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 960 } },
    audio: false,
  });
}

/** Names the failure of `openCamera` in the words the screen uses. */
export function cameraFailure(error: unknown): CameraFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'noCamera';
    case 'NotReadableError':
    case 'AbortError':
      return 'inUse';
    default:
      return 'unsupported';
  }
}

/** Stops every track of a stream, which turns the camera and its light off. */
export function stopCamera(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/** The portrait's width to height, as on a document photo. */
const PORTRAIT_RATIO = 3 / 4;

/**
 * Draws the current frame of the video, cropped to the middle 3:4 portrait, onto a canvas and
 * returns it as a JPEG. Null when the video has no frame yet.
 */
export function captureFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement): Promise<Blob | null> {
  const { videoWidth, videoHeight } = video;
  if (videoWidth === 0 || videoHeight === 0) {
    return Promise.resolve(null);
  }

  const width = Math.min(videoWidth, Math.round(videoHeight * PORTRAIT_RATIO));
  const height = Math.round(width / PORTRAIT_RATIO);
  canvas.width = width;
  canvas.height = height;
  canvas
    .getContext('2d')
    ?.drawImage(
      video,
      (videoWidth - width) / 2,
      (videoHeight - height) / 2,
      width,
      height,
      0,
      0,
      width,
      height,
    );

  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
}
