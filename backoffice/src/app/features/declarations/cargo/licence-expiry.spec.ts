import { isLicenceExpired } from './licence-expiry';

describe('isLicenceExpired', () => {
  const now = new Date('2026-12-05T03:00:00Z');

  it('is false without an expiry', () => {
    expect(isLicenceExpired(null, '2026-12-06T01:00:00Z', now)).toBeFalse();
  });

  it('is false through the arrival day', () => {
    expect(isLicenceExpired('2026-12-06', '2026-12-06T01:00:00Z', now)).toBeFalse();
  });

  it('is true before the arrival day', () => {
    expect(isLicenceExpired('2026-12-05', '2026-12-06T01:00:00Z', now)).toBeTrue();
  });

  it('counts the arrival day in Vietnam time', () => {
    // 18:00 UTC on 5 December is already 6 December at the gate.
    expect(isLicenceExpired('2026-12-05', '2026-12-05T18:00:00Z', now)).toBeTrue();
  });

  it('is true when it ended before today', () => {
    expect(isLicenceExpired('2026-12-04', null, now)).toBeTrue();
  });
});
