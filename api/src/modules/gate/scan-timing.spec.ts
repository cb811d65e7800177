import { scanToRecordMs } from './scan-timing';

describe('scanToRecordMs', () => {
  const recordedAt = new Date('2026-12-05T01:00:00.000Z');
  const secondsBefore = (seconds: number) => new Date(recordedAt.getTime() - seconds * 1_000);

  it('measures the milliseconds since the scan', () => {
    expect(scanToRecordMs(secondsBefore(12.5), recordedAt)).toBe(12_500);
  });

  it('counts a scan a few seconds ahead as zero', () => {
    expect(scanToRecordMs(secondsBefore(-3), recordedAt)).toBe(0);
  });

  it('drops a scan too far ahead or too long ago', () => {
    expect(scanToRecordMs(secondsBefore(-6), recordedAt)).toBeNull();
    expect(scanToRecordMs(secondsBefore(3_601), recordedAt)).toBeNull();
  });
});
