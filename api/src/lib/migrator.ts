import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { QueryInterface, Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug, type MigrationFn } from 'umzug';

import { runSeeds } from '../seeds';
import type { Logger } from './logger';

/** The signature of a migration's `up` and `down`: files in `api/src/migrations/` export both. */
export type Migration = MigrationFn<QueryInterface>;

const MIGRATIONS_GLOB = path.join(import.meta.dirname, '../migrations/*.ts').replaceAll(path.sep, '/');

/**
 * Builds the migrator over `api/src/migrations/*.ts`, applied in file-name order (the
 * names start with a timestamp). Applied names are stored in the `sequelize_meta` table.
 */
export function createMigrator(sequelize: Sequelize, logger: Logger): Umzug<QueryInterface> {
  const log = logger.child({ module: 'migrator' });

  return new Umzug({
    migrations: {
      glob: [MIGRATIONS_GLOB, { ignore: ['**/*.spec.ts'] }],
      resolve: ({ name, path: filePath, context }) => {
        const load = () =>
          import(pathToFileURL(filePath!).href) as Promise<{ up: Migration; down: Migration }>;
        return {
          name,
          up: async () => (await load()).up({ name, path: filePath, context }),
          down: async () => (await load()).down({ name, path: filePath, context }),
        };
      },
    },
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, tableName: 'sequelize_meta' }),
    logger: {
      // umzug reports steps as { event: 'migrating' | 'migrated' | ..., name, durationSeconds? }.
      info: (message) =>
        log.info({ ...message, event: `migration.${String(message['event'] ?? 'info')}` }, 'Migration step'),
      warn: (message) => log.warn({ ...message, event: 'migration.warning' }, 'Migration warning'),
      error: (message) => log.error({ ...message, event: 'migration.failed' }, 'Migration failed'),
      debug: (message) => log.debug({ ...message, event: 'migration.debug' }, 'Migration detail'),
    },
  });
}

/** Applies pending migrations, then the idempotent seeds. */
export async function migrateAndSeed(sequelize: Sequelize, logger: Logger): Promise<void> {
  await createMigrator(sequelize, logger).up();

  await runSeeds(sequelize, logger);
}
