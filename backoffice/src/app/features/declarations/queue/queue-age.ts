/** A translation key and its parameters for the age of a queue's oldest record. */
export interface AgeText {
  key: string;
  params: Record<string, number>;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Describes an age in seconds with its two largest units: "45 min", "3 h 20 min", "2 d 5 h". */
export function queueAge(seconds: number): AgeText {
  const whole = Math.max(0, Math.floor(seconds));
  const days = Math.floor(whole / DAY);
  const hours = Math.floor((whole % DAY) / HOUR);
  const minutes = Math.floor((whole % HOUR) / MINUTE);

  if (days > 0) {
    return { key: 'declarations.queue.age.days', params: { days, hours } };
  }
  if (hours > 0) {
    return { key: 'declarations.queue.age.hours', params: { hours, minutes } };
  }
  return { key: 'declarations.queue.age.minutes', params: { minutes } };
}
