import { fromGateLocalTime, toGateLocalTime } from './gate-local-time';

describe('gate local time', () => {
  it('reads 14:30 at the gate as 07:30 UTC', () => {
    expect(fromGateLocalTime('2026-12-06', '14:30')?.toISOString()).toBe('2026-12-06T07:30:00.000Z');
  });

  it('keeps the gate day after midnight UTC', () => {
    expect(fromGateLocalTime('2026-12-07', '03:15')?.toISOString()).toBe('2026-12-06T20:15:00.000Z');
  });

  it('shows an instant as the gate clocks show it', () => {
    expect(toGateLocalTime(new Date('2026-12-06T20:15:00.000Z'))).toEqual({
      date: '2026-12-07',
      time: '03:15',
    });
  });

  it('round-trips every quarter hour of a day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const instant = fromGateLocalTime('2026-03-29', time);

      expect(instant && toGateLocalTime(instant))
        .withContext(time)
        .toEqual({ date: '2026-03-29', time });
    }
  });

  it('rejects a malformed date or time', () => {
    expect(fromGateLocalTime('06/12/2026', '14:30')).toBeNull();
    expect(fromGateLocalTime('2026-12-06', '24:00')).toBeNull();
    expect(fromGateLocalTime('2026-12-06', '')).toBeNull();
  });
});
