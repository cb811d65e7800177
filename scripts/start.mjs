// `npm start`: builds the web apps when needed, provides PostgreSQL and Redis when none is
// configured, then runs the API and the worker until Ctrl-C.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { buildAppsIfStale } from './start/build-apps.mjs';
import { startNodeProcess, stopNodeProcess, waitUntilHealthy } from './start/children.mjs';
import { startKeeper } from './start/keeper.mjs';
import { say } from './start/output.mjs';
import { provideResultSigning } from './start/result-signing.mjs';
import { isOnPath, pingRedis } from './start/redis-check.mjs';
import { loadOrCreateSessionSecret } from './start/session-secret.mjs';
import { loadOrCreateTotpEncryptionKey } from './start/totp-encryption-key.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const API_START_TIMEOUT_MS = 180_000;

const env = { ...process.env };
const port = env.PORT ?? '3000';

/** Running keepers and app processes, stopped in reverse order: worker, API, then Redis, then PostgreSQL. */
const services = [];
const processes = [];
let stopping = false;

async function providePostgres() {
  if (env.DATABASE_URL) {
    say('Using DATABASE_URL');
    return;
  }

  const pgPort = env.EMBEDDED_PG_PORT ?? '54329';
  say(
    `DATABASE_URL is not set: starting an embedded PostgreSQL on 127.0.0.1:${pgPort} (data in var/postgres)`,
  );
  const keeper = await startKeeper(root, 'postgres', path.join(root, 'scripts/start/postgres-keeper.mjs'), {
    ...process.env,
    EMBEDDED_PG_PORT: pgPort,
  });
  services.push(keeper);
  env.DATABASE_URL = keeper.info.databaseUrl;
}

async function provideRedis() {
  if (env.REDIS_URL) {
    say('Using REDIS_URL');
    return;
  }

  env.REDIS_URL = DEFAULT_REDIS_URL;
  if (await pingRedis('127.0.0.1', 6379)) {
    say(`REDIS_URL is not set: using the Redis already listening at ${DEFAULT_REDIS_URL}`);
    return;
  }
  if (!(await isOnPath('redis-server'))) {
    throw new Error(
      `No Redis is listening at ${DEFAULT_REDIS_URL} and redis-server is not on PATH.\n` +
        'Install Redis (Debian or Ubuntu: sudo apt-get install redis-server; macOS: brew install redis)\n' +
        'or set REDIS_URL to a running Redis, for example REDIS_URL=redis://127.0.0.1:6379.',
    );
  }

  say('REDIS_URL is not set and nothing listens on 127.0.0.1:6379: starting redis-server');
  const keeper = await startKeeper(root, 'redis', path.join(root, 'scripts/start/redis-keeper.mjs'), {
    ...process.env,
    REDIS_KEEPER_PORT: '6379',
  });
  services.push(keeper);
}

/** Returns the origin that reaches the API from this machine, whatever HOST it binds. */
function localApiOrigin() {
  const host = env.HOST && !['0.0.0.0', '::'].includes(env.HOST) ? env.HOST : '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function startApp() {
  const api = startNodeProcess(root, 'api', ['--import', 'tsx', 'api/src/server.ts'], env);
  processes.push(api);
  watchUnexpectedExit(api);
  await waitUntilHealthy(`${localApiOrigin()}/api/health`, api, API_START_TIMEOUT_MS);

  // The worker starts once the API has applied the migrations it relies on.
  const worker = startNodeProcess(root, 'worker', ['--import', 'tsx', 'api/src/worker.ts'], env);
  processes.push(worker);
  watchUnexpectedExit(worker);
}

function watchUnexpectedExit(handle) {
  void handle.exited.then(({ code, signal }) => {
    if (!stopping) {
      say(`${handle.name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything`);
      void shutdown(1);
    }
  });
}

async function shutdown(exitCode) {
  if (stopping) {
    return;
  }
  stopping = true;
  say('Stopping...');

  for (const handle of [...processes].reverse()) {
    await stopNodeProcess(handle);
  }
  for (const service of [...services].reverse()) {
    await service.stop();
  }

  say('Stopped');
  process.exit(exitCode);
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => void shutdown(0));
  }

  await buildAppsIfStale(root, { skip: env.SKIP_BUILD === '1' || env.SKIP_BUILD === 'true' });
  await providePostgres();
  await provideRedis();
  env.SESSION_SECRET ||= await loadOrCreateSessionSecret(root);
  env.TOTP_ENCRYPTION_KEY ||= await loadOrCreateTotpEncryptionKey(root);
  await provideResultSigning(root, env);

  await startApp();
  say(`Portal:      http://localhost:${port}/`);
  say(`Back office: http://localhost:${port}/backoffice/`);
  say('Press Ctrl-C to stop.');
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
