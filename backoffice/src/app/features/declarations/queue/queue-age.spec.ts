import { queueAge } from './queue-age';

describe('queue age', () => {
  it('counts minutes under an hour', () => {
    expect(queueAge(59)).toEqual({ key: 'declarations.queue.age.minutes', params: { minutes: 0 } });
    expect(queueAge(45 * 60 + 30)).toEqual({
      key: 'declarations.queue.age.minutes',
      params: { minutes: 45 },
    });
  });

  it('counts hours and minutes under a day', () => {
    expect(queueAge(3 * 3600 + 20 * 60)).toEqual({
      key: 'declarations.queue.age.hours',
      params: { hours: 3, minutes: 20 },
    });
  });

  it('counts days and hours from a day on', () => {
    expect(queueAge(2 * 86400 + 5 * 3600 + 59)).toEqual({
      key: 'declarations.queue.age.days',
      params: { days: 2, hours: 5 },
    });
  });

  it('treats a negative age as none', () => {
    expect(queueAge(-5)).toEqual({ key: 'declarations.queue.age.minutes', params: { minutes: 0 } });
  });
});
