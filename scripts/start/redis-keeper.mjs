// Keeper process for a local redis-server: started by start.mjs, never run by hand.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

import { runKeeper } from './keeper.mjs';
import { pingRedis } from './redis-check.mjs';

const port = Number(process.env.REDIS_KEEPER_PORT ?? 6379);
let server;

async function waitUntilResponding() {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) {
      throw new Error(`redis-server exited with code ${server.exitCode}`);
    }
    if (await pingRedis('127.0.0.1', port)) {
      return;
    }
    await delay(100);
  }
  throw new Error('redis-server did not respond to PING within 10 s');
}

await runKeeper({
  async start() {
    // Jobs live in PostgreSQL's outbox until they are done, so this Redis keeps nothing on disk.
    server = spawn(
      'redis-server',
      ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    await waitUntilResponding();
    return { port };
  },
  async stop() {
    if (!server || server.exitCode !== null || server.signalCode !== null) {
      return;
    }
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  },
});
