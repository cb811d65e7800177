import { EventEmitter } from 'node:events';

import type { PlateReadEvent } from '@smartgate/shared-models';

import type { AppContext } from '../../lib/app-context';

/** Something the lane screens of a gate receive live. */
export type GateEvent = { type: 'plate-read'; data: PlateReadEvent };

/**
 * Passes gate events from the request that caused them to the lane screens listening on the
 * same gate. NOTE: it works within one API process. Several API processes behind a load
 * balancer would need a shared channel (Redis pub/sub or PostgreSQL LISTEN/NOTIFY) instead.
 */
export class GateEventHub {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every open lane screen is one listener, so the default warning at 10 does not fit.
    this.emitter.setMaxListeners(0);
  }

  publish(gateCode: string, event: GateEvent): void {
    this.emitter.emit(gateCode, event);
  }

  /** Calls `listener` with every event of the gate until the returned function is called. */
  subscribe(gateCode: string, listener: (event: GateEvent) => void): () => void {
    this.emitter.on(gateCode, listener);
    return () => this.emitter.off(gateCode, listener);
  }
}

const hubs = new WeakMap<AppContext, GateEventHub>();

/** Returns the event hub of an app, so the camera routes and the lane screen routes share one. */
export function gateEventHub(context: AppContext): GateEventHub {
  let hub = hubs.get(context);
  if (!hub) {
    hub = new GateEventHub();
    hubs.set(context, hub);
  }
  return hub;
}
