import { renderFunction, type RenderStage } from './render-stages';
import { sampleResult } from './sample-results';

/** Messages between the benchmark and one render process. */
export type RenderProcessMessage =
  | { type: 'ready' }
  | { type: 'start'; durationMs: number }
  | { type: 'done'; documents: number; elapsedMs: number };

const WARM_UP_DOCUMENTS = 300;

function send(message: RenderProcessMessage): void {
  process.send?.(message);
}

/** Renders different documents back to back until `durationMs` has passed. */
async function renderFor(stage: RenderStage, durationMs: number, firstIndex: number): Promise<void> {
  const render = renderFunction(stage);
  const started = performance.now();
  let documents = 0;

  while (performance.now() - started < durationMs) {
    await render(sampleResult(firstIndex + documents));
    documents++;
  }
  send({ type: 'done', documents, elapsedMs: performance.now() - started });
}

/**
 * Runs one render worker of the parallel measurement. parallel-render.ts starts it with the
 * stage and its number as arguments. It warms up, reports that it is ready, and renders on `start`.
 */
async function main(): Promise<void> {
  const stage = process.argv[2] as RenderStage;
  const workerNumber = Number(process.argv[3]);
  const render = renderFunction(stage);

  for (let index = 0; index < WARM_UP_DOCUMENTS; index++) {
    await render(sampleResult(index));
  }

  process.once('message', (message: RenderProcessMessage) => {
    if (message.type === 'start') {
      // The benchmark stops this process once it has the figures.
      void renderFor(stage, message.durationMs, (workerNumber + 1) * 1_000_000);
    }
  });
  send({ type: 'ready' });
}

void main();
