/* global fetch, AbortSignal */
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

import { pipeOutput } from './output.mjs';

/**
 * Starts a Node process of the app (the API or the worker) with prefixed output. The IPC
 * channel carries no messages: it closes when this script dies, even by SIGKILL, and the
 * child then stops itself (see `api/src/lib/parent-watch.ts`) instead of running on as an orphan.
 */
export function startNodeProcess(root, name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  pipeOutput(name, child);

  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { name, child, exited };
}

/**
 * Sends SIGTERM and waits for the process to finish its clean stop, for at most
 * `timeoutMs` before SIGKILL. The API and the worker stop in well under the default.
 */
export async function stopNodeProcess(handle, timeoutMs = 30_000) {
  const { child, exited } = handle;
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }

  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), delay(timeoutMs).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Polls `url` until it responds with 200, the process exits, or `timeoutMs` passes. */
export async function waitUntilHealthy(url, handle, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void handle.exited.then(() => (exited = true));

  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`${handle.name} exited before ${url} responded`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await delay(500);
  }
  throw new Error(`${handle.name} did not respond at ${url} within ${timeoutMs / 1000} s`);
}
