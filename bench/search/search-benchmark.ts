import { describeMachine, loadAverage } from '../machine';
import { openSearchDatabase } from './search-database';
import { measureSearchLatency } from './search-latency';
import type { SearchBenchFigures } from './search-markdown';

export interface SearchBenchOptions {
  declarations: number;
  /** Measured requests per figure. */
  requests: number;
  warmUp: number;
  reseed: boolean;
  command: string;
}

/** Seeds (or reuses) the search database, then measures the queue and search requests. */
export async function runSearchBenchmark(options: SearchBenchOptions): Promise<SearchBenchFigures> {
  const database = await openSearchDatabase(options.declarations, options.reseed);

  try {
    // Taken after seeding, so the load average describes the measurements.
    const machine = describeMachine();
    console.log('Measuring: work queues and search');
    const latency = await measureSearchLatency(database.sequelize, {
      count: options.requests,
      warmUp: options.warmUp,
    });
    return {
      date: new Date(),
      command: options.command,
      machine,
      declarations: database.declarations,
      travellers: database.travellers,
      seedSeconds: database.seedSeconds,
      latency,
      loadAverageAtEnd: loadAverage(),
    };
  } finally {
    await database.sequelize.close();
  }
}
