import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import type { RenderProcessMessage } from './render-process';
import type { RenderStage } from './render-stages';

/** Throughput of several render processes working at once. */
export interface ThroughputFigures {
  workers: number;
  documents: number;
  documentsPerSecond: number;
}

const READY_TIMEOUT_MS = 120_000;

function nextMessage(child: ChildProcess, type: RenderProcessMessage['type']): Promise<RenderProcessMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Render process sent no "${type}"`)), READY_TIMEOUT_MS);
    const onMessage = (message: RenderProcessMessage) => {
      if (message.type === type) {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Render process exited with code ${code} before "${type}"`));
    });
  });
}

/**
 * Starts `workers` processes, each warming up on its own, then lets them render for
 * `durationMs` at the same time and adds up what each finished in its own elapsed time.
 * Processes rather than threads, because that is how the worker scales (one Node process
 * per core), and because tsx loads TypeScript in child processes but not in worker threads.
 */
export async function measureThroughput(
  stage: RenderStage,
  workers: number,
  durationMs: number,
): Promise<ThroughputFigures> {
  const script = path.join(__dirname, 'render-process.ts');
  const children = Array.from({ length: workers }, (_, number) =>
    fork(script, [stage, String(number)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' }),
  );

  try {
    await Promise.all(children.map((child) => nextMessage(child, 'ready')));
    const done = children.map((child) => nextMessage(child, 'done'));
    children.forEach((child) => child.send({ type: 'start', durationMs } satisfies RenderProcessMessage));

    const results = (await Promise.all(done)) as Extract<RenderProcessMessage, { type: 'done' }>[];
    return {
      workers,
      documents: results.reduce((sum, result) => sum + result.documents, 0),
      documentsPerSecond: results.reduce(
        (sum, result) => sum + (result.documents * 1000) / result.elapsedMs,
        0,
      ),
    };
  } finally {
    children.forEach((child) => {
      if (child.exitCode === null) {
        child.kill();
      }
    });
  }
}
