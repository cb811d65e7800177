import type { Sequelize } from 'sequelize';

import type { Logger } from '../lib/logger';
import { seedCountries } from './countries';
import { seedDocumentTypes } from './document-types';
import { seedGateLanes } from './gate-lanes';
import { seedGates } from './gates';
import { seedTravelPurposes } from './travel-purposes';

/** Loads the reference data in one transaction. Every seed is safe to run at each start. */
export async function runSeeds(sequelize: Sequelize, logger: Logger): Promise<void> {
  await sequelize.transaction(async (transaction) => {
    await seedGates(sequelize, transaction);
    await seedGateLanes(sequelize, transaction);
    await seedCountries(sequelize, transaction);
    await seedDocumentTypes(sequelize, transaction);
    await seedTravelPurposes(sequelize, transaction);
  });

  logger.child({ module: 'seeds' }).info({ event: 'seeds.applied' }, 'Reference data seeded');
}
