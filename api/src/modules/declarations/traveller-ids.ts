import { randomUUID } from 'node:crypto';

/**
 * Returns the id of each traveller in order: the id the client sent, or a new random one when it
 * sent none or repeated an id used earlier in the list. A traveller without an id is therefore a
 * new person to the API, and a photo stored for an earlier id never moves to them.
 */
export function assignTravellerIds(travellers: readonly { id?: string }[]): string[] {
  const used = new Set<string>();

  return travellers.map(({ id }) => {
    const travellerId = id && !used.has(id) ? id : randomUUID();
    used.add(travellerId);
    return travellerId;
  });
}
