import { hashCameraKey, issueCameraKey, readCameraKey } from './camera-keys';

describe('camera keys', () => {
  it('issues distinct keys whose hash matches', () => {
    const first = issueCameraKey();
    const second = issueCameraKey();

    expect(first.apiKey).not.toBe(second.apiKey);
    expect(first.keyHash).toBe(hashCameraKey(first.apiKey));
    expect(first.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.apiKey.startsWith(first.keyPrefix)).toBeTrue();
  });

  it('reads a key from either header', () => {
    expect(readCameraKey({ authorization: 'Bearer sgcam_abc' })).toBe('sgcam_abc');
    expect(readCameraKey({ authorization: 'bearer   sgcam_abc ' })).toBe('sgcam_abc');
    expect(readCameraKey({ 'x-api-key': ' sgcam_def ' })).toBe('sgcam_def');
  });

  it('returns null without a key', () => {
    expect(readCameraKey({})).toBeNull();
    expect(readCameraKey({ authorization: 'Basic dXNlcjpwYXNz' })).toBeNull();
    expect(readCameraKey({ 'x-api-key': '  ' })).toBeNull();
  });
});
