import type { Sequelize } from 'sequelize';

import type { Logger } from '../lib/logger';
import { seedCountries } from './countries';
import { seedDocumentTypes } from './document-types';
import { seedGateLanes } from './gate-lanes';
import { seedGates } from './gates';
import { seedHsCodes } from './hs-codes';
import { seedReasonTemplates } from './reason-templates';
import { seedTravelPurposes } from './travel-purposes';
import { seedUnits } from './units';

/** Loads the reference data in one transaction. Every seed is safe to run at each start. */
export async function runSeeds(sequelize: Sequelize, logger: Logger): Promise<void> {
  await sequelize.transaction(async (transaction) => {
    await seedGates(sequelize, transaction);
    await seedGateLanes(sequelize, transaction);
    await seedCountries(sequelize, transaction);
    await seedDocumentTypes(sequelize, transaction);
    await seedTravelPurposes(sequelize, transaction);
    await seedHsCodes(sequelize, transaction);
    await seedUnits(sequelize, transaction);
    await seedReasonTemplates(sequelize, transaction);
  });

  logger.child({ module: 'seeds' }).info({ event: 'seeds.applied' }, 'Reference data seeded');
}
