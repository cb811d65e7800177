import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

import { pipeOutput } from './output.mjs';

/**
 * Starts a keeper: a small Node process that runs one service (PostgreSQL or Redis) in a
 * session of its own. A Ctrl-C in the terminal therefore reaches the start script, the API
 * and the worker, but not the databases, which stop only after the API and the worker
 * have closed their connections. If the start script dies, its IPC channel closes and the
 * keeper stops the service, so nothing is left running.
 */
export function startKeeper(root, name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env,
  });
  pipeOutput(name, child);

  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      if (message?.type === 'ready') {
        resolve({ name, info: message, stop: () => stopKeeper(child) });
      } else {
        reject(new Error(message?.message ?? `${name} did not start`));
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`${name} stopped before it was ready (exit code ${code})`)),
    );
  });
}

/** Asks a keeper to stop its service and waits for it, for at most 30 s before sending SIGKILL. */
async function stopKeeper(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }

  const exited = once(child, 'exit');
  if (child.connected) {
    child.send({ type: 'stop' });
  } else {
    child.kill('SIGTERM');
  }

  const timedOut = await Promise.race([exited.then(() => false), delay(30_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Runs a service inside a keeper: starts it, reports `ready` with the value `start`
 * returns, and stops it on a `stop` message, on SIGTERM, or when the start script exits.
 */
export async function runKeeper(service) {
  let stopping;
  const stop = () => {
    stopping ??= service.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(`Could not stop cleanly: ${error?.message ?? error}`);
        process.exit(1);
      },
    );
    return stopping;
  };

  process.on('message', (message) => message?.type === 'stop' && void stop());
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  // The keeper runs in its own session, so a SIGINT can only come from a deliberate kill.
  process.on('SIGINT', () => void stop());

  try {
    const info = await service.start();
    process.send?.({ type: 'ready', ...info });
  } catch (error) {
    process.send?.({ type: 'failed', message: error?.message ?? String(error) });
    await service.stop().catch(() => undefined);
    process.exit(1);
  }
}
