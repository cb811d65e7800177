import type { ResultPdfData } from '../api/src/modules/results/pdf/result-pdf-data';
import { sampleResult } from './sample-results';

/** Turns result data into PDF bytes: the renderer alone, or the renderer and the signer. */
export type RenderFunction = (data: ResultPdfData) => Promise<Buffer>;

export interface SpeedOptions {
  /** Documents rendered first and not counted, so the JIT and the caches are warm. */
  warmUp: number;
  rounds: number;
  perRound: number;
}

/** Milliseconds per document of one render function on the calling thread. */
export interface SpeedFigures {
  documents: number;
  /** Median over the rounds of wall-clock time per document. */
  medianMs: number;
  /** Fastest round, the one least disturbed by other processes on the machine. */
  bestMs: number;
  /** CPU time of the whole process per document (user + system, GC threads included). */
  cpuMs: number;
  /** Size of the last document, in bytes. */
  bytes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Renders `rounds` batches of different documents one after the other, as a worker with
 * one render in hand at a time does. The data is built before each batch starts, so only
 * the rendering is timed.
 */
export async function measureRenderSpeed(
  render: RenderFunction,
  options: SpeedOptions,
  firstIndex = 0,
): Promise<SpeedFigures> {
  let index = firstIndex;
  for (let count = 0; count < options.warmUp; count++) {
    await render(sampleResult(index++));
  }

  const roundMs: number[] = [];
  let bytes = 0;
  let cpuMicroseconds = 0;
  for (let round = 0; round < options.rounds; round++) {
    const batch = Array.from({ length: options.perRound }, () => sampleResult(index++));
    const cpuBefore = process.cpuUsage();
    const started = performance.now();

    for (const data of batch) {
      bytes = (await render(data)).length;
    }

    roundMs.push((performance.now() - started) / options.perRound);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMicroseconds += cpu.user + cpu.system;
  }

  const documents = options.rounds * options.perRound;
  return {
    documents,
    medianMs: median(roundMs),
    bestMs: Math.min(...roundMs),
    cpuMs: cpuMicroseconds / 1000 / documents,
    bytes,
  };
}
