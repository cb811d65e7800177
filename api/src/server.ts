import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Sequelize } from 'sequelize';

import { createApp } from './app';
import { loadConfigOrExit, type Config } from './lib/config';
import { createSequelize } from './lib/db';
import { createLogger, type Logger } from './lib/logger';
import { migrateAndSeed } from './lib/migrator';
import { stopWhenParentExits } from './lib/parent-watch';
import { RedisEvictionPolicyError, checkEvictionPolicyOnce } from './lib/redis-eviction-policy';
import { createSessionStores, type SessionStores } from './lib/sessions';
import { defineModels } from './models';
import { ensureAdministrator, printAdministratorPassword } from './modules/accounts/administrator-bootstrap';
import { openMonitoredQueues, type MonitoredQueues } from './modules/operations/monitored-queues';

/** Grace period for open requests at shutdown before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

/** Brings the database up to date and creates the first administrator on a fresh install. */
async function prepareDatabase(config: Config, logger: Logger, sequelize: Sequelize): Promise<void> {
  await migrateAndSeed(sequelize, logger);
  defineModels(sequelize);

  const administrator = await ensureAdministrator(sequelize, config);
  if (administrator) {
    const log = logger.child({ module: 'server' });
    log.info(
      { event: 'administrator.created', username: administrator.username },
      'Administrator officer created',
    );
    printAdministratorPassword(administrator);
  }
}

/**
 * Exits with the fix when Redis may evict BullMQ's keys. An unreachable Redis only gets a
 * warning: the API serves every request without it, and the worker checks again when it connects.
 */
async function checkRedisEvictionPolicy(config: Config, logger: Logger): Promise<void> {
  try {
    await checkEvictionPolicyOnce(config.redisUrl, logger.child({ module: 'server' }));
  } catch (error) {
    if (!(error instanceof RedisEvictionPolicyError)) {
      throw error;
    }
    logger.fatal({ event: 'redis.policy_rejected', policy: error.policy }, error.message);
    console.error(`SmartGate API: ${error.message}`);
    process.exit(1);
  }
}

/**
 * Stops on SIGINT or SIGTERM, or when the start script that spawned the API exits: no new
 * connections, open requests finish, then pools close.
 */
function stopOnSignals(
  server: Server,
  resources: { sessionStores: SessionStores; sequelize: Sequelize; queues: MonitoredQueues },
  log: Logger,
) {
  let stopping = false;

  const stop = async (signal: string) => {
    // `npm start` forwards SIGTERM after the terminal's SIGINT, so a second signal must change nothing.
    if (stopping) {
      return;
    }
    stopping = true;
    log.info({ event: 'server.stopping', signal }, 'Shutting down');
    setTimeout(() => {
      log.error({ event: 'server.shutdown.timeout' }, 'Shutdown timed out, exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();

    // close() stops accepting connections, drops idle keep-alive ones and waits for open requests.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await resources.sessionStores.close();
    await resources.queues.close();
    await resources.sequelize.close();
    log.info({ event: 'server.stopped' }, 'Stopped');
  };

  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  stopWhenParentExits(() => void stop('parent exited'));
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const log = logger.child({ module: 'server' });
  await checkRedisEvictionPolicy(config, logger);
  const sequelize = createSequelize(config, logger);
  await prepareDatabase(config, logger, sequelize);

  const sessionStores = createSessionStores(config, logger);
  const queues = openMonitoredQueues(config, logger);
  const server = createServer(createApp({ config, logger, sequelize }, { sessionStores, queues }));
  await listen(server, config.port, config.host);

  const { port } = server.address() as AddressInfo;
  log.info(
    { event: 'server.started', host: config.host, port },
    `Listening on http://${config.host}:${port}`,
  );
  stopOnSignals(server, { sessionStores, sequelize, queues }, log);
}

main().catch((error: unknown) => {
  // The logger may not exist yet, and a failed start must always be visible on the terminal.
  console.error('SmartGate API failed to start:', error);
  process.exit(1);
});
