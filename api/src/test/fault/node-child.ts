import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { REPO_ROOT } from '../../lib/config';

/** One JSON line that a child wrote with pino. */
export interface LogLine {
  event?: string;
  level?: number;
  msg?: string;
  [field: string]: unknown;
}

/** How a child ended. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * `api/src/server.ts` or `api/src/worker.ts` run as a child process, as `npm start` runs
 * them. It records the child's JSON log lines, so that a test can wait for an event.
 */
export class NodeChild {
  readonly lines: LogLine[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<ChildExit>;
  private readonly process: ChildProcess;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly name: string,
    entry: 'api/src/server.ts' | 'api/src/worker.ts',
    env: Record<string, string>,
  ) {
    this.process = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, entry)], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => {
      this.process.once('exit', (code, signal) => resolve({ code, signal }));
    });

    createInterface({ input: this.process.stdout! }).on('line', (line) => this.record(line));
    createInterface({ input: this.process.stderr! }).on('line', (line) => this.stderr.push(line));
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Resolves with the first line of `event`, failing when the child exits first or the time is up. */
  async waitForEvent(event: string, timeoutMs = 20_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;

    for (;;) {
      const found = this.lines.find((line) => line.event === event);
      if (found) {
        return found;
      }
      if (!this.running) {
        throw new Error(`${this.name} exited before logging ${event}: ${this.stderr.join('\n')}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.name} did not log ${event} within ${timeoutMs} ms`);
      }
      await this.nextLine(deadline - Date.now());
    }
  }

  /** Sends a signal and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<ChildExit> {
    if (this.running) {
      this.process.kill(signal);
    }
    return this.exited;
  }

  private record(line: string): void {
    try {
      this.lines.push(JSON.parse(line) as LogLine);
    } catch {
      this.lines.push({ msg: line });
    }
    this.waiters.forEach((wake) => wake());
  }

  private nextLine(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.min(timeoutMs, 200));
      this.waiters.add(wake);
    });
  }
}
