import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Redis } from 'ioredis';

/** Ports of the private Redis servers of fault tests; they never touch the shared Redis on 6379. */
const FIRST_PORT = 3800;
const PORT_COUNT = 100;
const START_TIMEOUT_MS = 5_000;

/** A `redis-server` child process on a random port of its own, without persistence. */
export class PrivateRedisServer {
  private process: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly directory: string,
    private readonly extraArguments: string[],
  ) {}

  /** Starts `redis-server` (from PATH) with `extraArguments`, trying other ports when one is taken. */
  static async start(extraArguments: string[] = []): Promise<PrivateRedisServer> {
    const directory = await mkdtemp(path.join(tmpdir(), 'sg-redis-'));
    let lastError: unknown;

    for (let attempt = 0; attempt < 10; attempt++) {
      const port = FIRST_PORT + Math.floor(Math.random() * PORT_COUNT);
      const server = new PrivateRedisServer(port, directory, extraArguments);
      try {
        await server.restart();
        return server;
      } catch (error) {
        lastError = error;
      }
    }
    await rm(directory, { recursive: true, force: true });
    throw new Error(`Could not start a private redis-server: ${String(lastError)}`);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts the server again on the same port after `stop()`; its data is gone, as after a restart without persistence. */
  async restart(): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        this.directory,
        ...this.extraArguments,
      ],
      { stdio: 'ignore' },
    );
    this.process = child;

    try {
      await this.waitUntilAnswering(child);
    } catch (error) {
      child.kill('SIGKILL');
      this.process = undefined;
      throw error;
    }
  }

  /** Stops the server at once, losing its data. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }

  /** Stops the server and removes its working directory. */
  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.directory, { recursive: true, force: true });
  }

  /** Opens a plain client connection; the caller disconnects it. */
  client(): Redis {
    return new Redis(this.url, { maxRetriesPerRequest: 1 });
  }

  private async waitUntilAnswering(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;

    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`redis-server on port ${this.port} exited with code ${child.exitCode}`);
      }
      const probe = new Redis(this.url, {
        lazyConnect: true,
        retryStrategy: () => null,
        maxRetriesPerRequest: 0,
      });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        // Another program may already listen on the port, so only our own process counts.
        const info = await probe.info('server');
        if (new RegExp(`^process_id:${child.pid}\\r?$`, 'm').test(info)) {
          return;
        }
        throw new Error(`Port ${this.port} is taken by another Redis`);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        probe.disconnect();
      }
    }
    throw new Error(`redis-server on port ${this.port} did not answer within ${START_TIMEOUT_MS} ms`);
  }
}
