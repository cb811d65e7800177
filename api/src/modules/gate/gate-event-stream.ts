import type { Request, Response } from 'express';

import type { GateEvent, GateEventHub } from './gate-events';

/** Interval of the comment lines that keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 20_000;

/**
 * Lifetime of one stream. The browser's EventSource reconnects by itself, and every reconnect
 * checks the session and the officer's gates again, so a revoked access ends within this time.
 */
const STREAM_LIFETIME_MS = 10 * 60_000;

/** Milliseconds the browser waits before it reconnects. */
const RECONNECT_MS = 3_000;

function writeEvent(response: Response, event: GateEvent): void {
  response.write(`event: ${event.type}\nid: ${event.data.id}\ndata: ${JSON.stringify(event.data)}\n\n`);
}

/** Streams a gate's events to one lane screen as server-sent events until either side closes. */
export function streamGateEvents(
  hub: GateEventHub,
  gateCode: string,
  request: Request,
  response: Response,
): void {
  response.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Tells nginx-style proxies to pass each event on at once instead of buffering the stream.
    'X-Accel-Buffering': 'no',
  });
  response.flushHeaders();
  response.write(`retry: ${RECONNECT_MS}\n\n`);

  const unsubscribe = hub.subscribe(gateCode, (event) => writeEvent(response, event));
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const lifetime = setTimeout(() => response.end(), STREAM_LIFETIME_MS);

  const close = () => {
    unsubscribe();
    clearInterval(heartbeat);
    clearTimeout(lifetime);
  };
  request.on('close', close);
  response.on('close', close);
}
