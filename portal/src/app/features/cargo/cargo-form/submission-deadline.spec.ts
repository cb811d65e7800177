import { submissionDeadline } from './submission-deadline';

describe('submissionDeadline', () => {
  const now = new Date('2026-12-06T01:00:00.000Z');

  it('falls the lead time before the arrival, in gate time', () => {
    const deadline = submissionDeadline('2026-12-06T07:30:00.000Z', 60, now);

    expect(deadline).toEqual({ display: '06/12/2026 13:30', leadMinutes: 60, passed: false });
  });

  it('follows the lead time of the gate', () => {
    expect(submissionDeadline('2026-12-06T07:30:00.000Z', 90, now)?.display).toBe('06/12/2026 13:00');
  });

  it('reports a deadline already past', () => {
    expect(submissionDeadline('2026-12-06T01:30:00.000Z', 60, now)?.passed).toBeTrue();
  });

  it('is unknown without an arrival', () => {
    expect(submissionDeadline(undefined, 60, now)).toBeNull();
  });
});
