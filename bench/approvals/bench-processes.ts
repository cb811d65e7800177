import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { REPO_ROOT } from '../../api/src/lib/config';

/** A child process of the benchmark (the API or a worker) with its output in a log file. */
export interface BenchProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
}

/** Starts `node --import tsx <script>` from the repository root, with its output in `logFolder`. */
export function startTsProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  logFolder: string,
): BenchProcess {
  const logFile = path.join(logFolder, `${name}.log`);
  // The child writes to the file itself. Through a pipe, its synchronous log writes would
  // wait whenever the busy benchmark process is slow to read, and slow it down.
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  return { name, child, logFile };
}

/** Waits until the process's log contains `text`, for at most `timeoutMs`. */
export async function waitForLog(process: BenchProcess, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) {
      throw new Error(`${process.name} exited early; see ${process.logFile}`);
    }
    const log = await readFile(process.logFile, 'utf8').catch(() => '');
    if (log.includes(text)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${process.name} did not log "${text}" within ${timeoutMs} ms; see ${process.logFile}`);
}

/** Returns the last `lines` lines of the process's output. */
export async function logTail(process: BenchProcess, lines = 30): Promise<string> {
  const log = await readFile(process.logFile, 'utf8').catch(() => '');
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Sends SIGTERM and waits for the exit. A process still running after `timeoutMs` gets SIGKILL. */
export async function stopProcess(process: BenchProcess, timeoutMs = 20_000): Promise<void> {
  const { child } = process;
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
